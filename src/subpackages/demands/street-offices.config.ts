export default definePageConfig({ navigationBarTitleText: '街道办事处关联' })
