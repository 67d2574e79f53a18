export default definePageConfig({ navigationBarTitleText: '专利意向' })
