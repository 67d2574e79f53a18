export default definePageConfig({ navigationBarTitleText: '求职档案' })
