export default definePageConfig({ navigationBarTitleText: '绿电享开新一轮' })
