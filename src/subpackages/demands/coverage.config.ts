export default definePageConfig({ navigationBarTitleText: '走访覆盖' })
