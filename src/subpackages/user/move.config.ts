export default definePageConfig({ navigationBarTitleText: '更换社区' })
