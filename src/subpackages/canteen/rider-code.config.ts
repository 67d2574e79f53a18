export default definePageConfig({ navigationBarTitleText: '骑手码' })
