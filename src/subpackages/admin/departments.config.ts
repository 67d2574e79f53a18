export default definePageConfig({ navigationBarTitleText: '部门与成员单位' })
