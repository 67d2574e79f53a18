export default definePageConfig({ navigationBarTitleText: '管理招聘会' })
