export default definePageConfig({ navigationBarTitleText: '招聘会结果' })
