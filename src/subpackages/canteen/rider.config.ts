export default definePageConfig({ navigationBarTitleText: '骑手认证' })
