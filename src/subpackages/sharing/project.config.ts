export default definePageConfig({ navigationBarTitleText: '编辑全链共享项目' })
