export default definePageConfig({ navigationBarTitleText: '部门工作台' })
