export default definePageConfig({ navigationBarTitleText: '人才揭榜' })
