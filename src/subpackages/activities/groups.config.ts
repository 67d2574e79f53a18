export default definePageConfig({ navigationBarTitleText: '兴趣社群管理' })
