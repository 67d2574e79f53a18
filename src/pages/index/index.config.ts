export default definePageConfig({ navigationBarTitleText: '链社', enablePullDownRefresh: true })
