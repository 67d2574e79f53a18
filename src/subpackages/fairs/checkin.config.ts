export default definePageConfig({ navigationBarTitleText: '入口签到' })
