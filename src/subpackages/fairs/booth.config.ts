export default definePageConfig({ navigationBarTitleText: '我的展位' })
