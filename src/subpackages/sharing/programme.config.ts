export default definePageConfig({ navigationBarTitleText: '红链贷项目设置' })
