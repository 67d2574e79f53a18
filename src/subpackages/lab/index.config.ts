export default definePageConfig({ navigationBarTitleText: '共享实验室' })
