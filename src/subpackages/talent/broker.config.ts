export default definePageConfig({ navigationBarTitleText: '人才经纪人' })
