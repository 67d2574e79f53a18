export default definePageConfig({ navigationBarTitleText: '揭榜统计' })
