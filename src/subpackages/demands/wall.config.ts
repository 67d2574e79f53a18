export default definePageConfig({ navigationBarTitleText: '圆梦墙' })
