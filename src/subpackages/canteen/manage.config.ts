export default definePageConfig({ navigationBarTitleText: '餐厅管理' })
