export default definePageConfig({ navigationBarTitleText: '零工市场统计' })
