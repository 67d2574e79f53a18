export default definePageConfig({ navigationBarTitleText: '餐厅与站点人员' })
