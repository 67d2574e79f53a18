export default definePageConfig({ navigationBarTitleText: '我的发榜' })
