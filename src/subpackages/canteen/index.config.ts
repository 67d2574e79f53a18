export default definePageConfig({ navigationBarTitleText: '延时餐厅' })
