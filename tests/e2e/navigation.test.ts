import { startApp } from '../helpers/app'
import { describeInBrowser, docScreenshot } from '../helpers/browser'

jest.setTimeout(90_000)

describeInBrowser('H5: every sub-page has its title and a way back, or home when opened directly', (chromium) => {
  let app: Awaited<ReturnType<typeof startApp>>
  beforeAll(async () => {
    app = await startApp(chromium)
  })
  afterAll(async () => {
    await app?.stop()
  })

  test('from home: the page says its title, 返回 goes back to home', async () => {
    const page = await app.phone()
    await page.goto(app.url)
    // A tab page keeps the tab bar and draws no bar of its own.
    await page.getByText('服务站点地图', { exact: true }).waitFor()
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(0)

    await page.getByText('服务站点地图', { exact: true }).click()
    await page.getByRole('heading', { level: 1, name: '服务站点' }).waitFor()
    const back = page.getByRole('button', { name: '返回', exact: true })
    await back.waitFor()
    expect(await page.getByRole('button', { name: '首页', exact: true }).count()).toBe(0)
    // A tap target at least 44 px each way.
    const box = await back.boundingBox()
    expect(box!.height).toBeGreaterThanOrEqual(44)
    expect(box!.width).toBeGreaterThanOrEqual(44)
    await docScreenshot(page, {
      path: 'docs/screenshots/25-1-page-bar.png',
      scale: 'css',
      clip: { x: 0, y: 0, width: 390, height: 200 },
    })

    await back.click()
    await page.getByText('服务站点地图', { exact: true }).waitFor()
    expect(app.errors).toEqual([])
  })

  test('opened from a share or a QR code (no page before it): 首页 takes you home', async () => {
    const page = await app.phone()
    await page.goto(`${app.url}#/subpackages/activities/index`)
    await page.getByRole('heading', { level: 1, name: '社区活动' }).waitFor()
    expect(await page.getByRole('button', { name: '返回', exact: true }).count()).toBe(0)
    await page.getByRole('button', { name: '首页', exact: true }).click()
    await page.getByText('服务站点地图', { exact: true }).waitFor()
    expect(app.errors).toEqual([])
  })
})
