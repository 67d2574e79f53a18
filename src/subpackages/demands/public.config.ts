export default definePageConfig({ navigationBarTitleText: '企呼我应·公开数据' })
