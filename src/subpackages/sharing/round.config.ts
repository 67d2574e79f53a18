export default definePageConfig({ navigationBarTitleText: '绿电享' })
