export default definePageConfig({ navigationBarTitleText: '预约用餐' })
