export default definePageConfig({ navigationBarTitleText: '青创导师' })
