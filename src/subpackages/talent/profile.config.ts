export default definePageConfig({ navigationBarTitleText: '专家档案' })
