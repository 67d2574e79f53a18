export default definePageConfig({ navigationBarTitleText: '导师工作台' })
