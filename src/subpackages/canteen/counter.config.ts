export default definePageConfig({ navigationBarTitleText: '餐厅柜台' })
