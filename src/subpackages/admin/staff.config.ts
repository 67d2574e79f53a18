export default definePageConfig({ navigationBarTitleText: '新建工作人员账号' })
