export default definePageConfig({ navigationBarTitleText: '我的检测订单' })
