export default definePageConfig({ navigationBarTitleText: '导入检测目录' })
