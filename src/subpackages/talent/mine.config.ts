export default definePageConfig({ navigationBarTitleText: '为我推荐' })
