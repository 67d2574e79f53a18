export default definePageConfig({ navigationBarTitleText: '餐厅设置' })
