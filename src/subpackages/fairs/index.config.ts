export default definePageConfig({ navigationBarTitleText: '专场招聘会' })
