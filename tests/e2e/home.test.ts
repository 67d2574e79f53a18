import { describeInBrowser } from '../helpers/browser'
import { startApp } from '../helpers/app'

jest.setTimeout(90_000)

describeInBrowser('H5: a rider signs in and finds their way around', (chromium) => {
  let app: Awaited<ReturnType<typeof startApp>>
  beforeAll(async () => {
    app = await startApp(chromium)
  })
  afterAll(async () => {
    await app?.stop()
  })

  test('home page in Chinese with the community and the service tiles, before signing in', async () => {
    const page = await app.phone()
    await page.goto(app.url)
    await page.getByText('灵峰工业社区', { exact: true }).waitFor()
    const tiles = ['服务站点地图', '延时餐厅', '社区活动', '政策', '人才揭榜', '企业诉求', '志愿服务', '零工市场']
    for (const tile of [...tiles, '专场招聘会', '共享实验室', '全链共享', '微心愿']) {
      await page.getByText(tile, { exact: true }).waitFor()
    }
    await page.getByText('登录后可预约、报名、提交诉求').waitFor()
    // Every tile opens its feature (none says 即将上线 any more): the 零工市场 lists jobs near by.
    await page.getByText('零工市场', { exact: true }).click()
    await page.waitForURL(/#\/subpackages\/jobs\/index/)
    expect(app.errors).toEqual([])
  })

  test('one tap signs in as the demo rider; home greets them and 我的 shows who they are', async () => {
    const page = await app.phone()
    await page.goto(app.url)
    await page.getByRole('button', { name: '登录' }).first().click()
    await page.getByText('演示账号 · 一键进入').waitFor()
    await page.getByLabel('以骑手身份登录').click()
    await page.getByText('你好，骑手 王小哥').waitFor()

    await page.getByText('我的', { exact: true }).click()
    await page.getByText('骑手 王小哥', { exact: true }).waitFor()
    await page.getByText('138****5601').waitFor()
    await page.getByText('演示账号', { exact: true }).waitFor()
    // The full phone number never reaches the page.
    expect(await page.content()).not.toContain('13812345601')
    expect(app.errors).toEqual([])
  })

  test('staff sign in with username and password; a wrong password shows a Chinese error', async () => {
    const page = await app.phone()
    await page.goto(`${app.url}#/pages/login/index`)
    await page.locator('[name=username] input').fill('demo_admin')
    await page.locator('[name=password] input').fill('wrong-password')
    await page.getByRole('button', { name: '登录', exact: true }).click()
    await page.getByText('用户名或密码不正确').waitFor()
    await page.locator('[name=password] input').fill('lianshe-demo')
    await page.getByRole('button', { name: '登录', exact: true }).click()
    await page.getByText('你好，管理员 孙磊').waitFor()
  })
})
