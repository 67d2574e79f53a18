export default definePageConfig({ navigationBarTitleText: '全链共享' })
