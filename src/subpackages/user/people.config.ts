export default definePageConfig({ navigationBarTitleText: '本社区人员' })
