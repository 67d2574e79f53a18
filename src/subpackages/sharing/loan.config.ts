export default definePageConfig({ navigationBarTitleText: '红链贷' })
