export default definePageConfig({ navigationBarTitleText: '免费专利' })
