export default definePageConfig({ navigationBarTitleText: '我的条件' })
