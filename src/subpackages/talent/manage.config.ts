export default definePageConfig({ navigationBarTitleText: '管理榜单' })
