export default definePageConfig({ navigationBarTitleText: '我的导师预约' })
