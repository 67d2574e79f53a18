import type { Page } from 'playwright-core'
import { startApp } from '../helpers/app'
import { describeInBrowser } from '../helpers/browser'
import { inspectLargeText } from '../helpers/large-text'

jest.setTimeout(120_000)

// Monday 2026-11-23 10:00 in Shanghai: the canteen takes bookings for today.
const MONDAY_10AM = new Date('2026-11-23T10:00:00+08:00')

describeInBrowser('H5: 大字模式 (large text), switched on in 我的', (chromium) => {
  let app: Awaited<ReturnType<typeof startApp>>
  beforeAll(async () => {
    app = await startApp(chromium)
    app.setNow(MONDAY_10AM)
  })
  afterAll(async () => {
    app?.setNow(null)
    await app?.stop()
  })

  /** Every text ≥ 18 px, nothing cut off, nothing wider than the phone. */
  async function expectLargeAndWhole(page: Page) {
    const report = await page.evaluate(inspectLargeText, 18)
    expect(report.smallText).toEqual([])
    expect(report.clipped).toEqual([])
    expect(report.pageOverflowX).toBeLessThanOrEqual(0)
  }

  test('a rider turns it on; the stations list and the booking page show large text, nothing cut off', async () => {
    const page = await app.phone()
    await page.goto(`${app.url}#/pages/login/index`)
    await page.getByLabel('以骑手身份登录').click()
    await page.getByText('你好，', { exact: false }).waitFor()

    await page.getByText('我的', { exact: true }).click()
    const toggle = page.getByRole('switch', { name: '大字模式' })
    expect(await toggle.getAttribute('aria-checked')).toBe('false')
    await toggle.click()
    expect(await toggle.getAttribute('aria-checked')).toBe('true')
    // The page it was switched on follows at once.
    expect(await page.locator('.taro_page_show .ls-large, .ls-large .taro_page_show').count()).toBeGreaterThan(0)

    // Kept across visits: open the stations list fresh.
    await page.goto(`${app.url}#/subpackages/stations/index`)
    const list = page.getByRole('list', { name: '站点列表' })
    await list.getByRole('listitem').first().waitFor()
    expect(await list.getByRole('listitem').count()).toBeGreaterThan(3)
    await expectLargeAndWhole(page)

    // The booking page, reached as a rider does: 延时餐厅 → 预约座位.
    await page.goto(`${app.url}#/subpackages/canteen/index`)
    await page.getByRole('listitem', { name: '太白社区延时餐厅' }).getByRole('button', { name: '预约座位' }).click()
    await page.getByRole('radio', { name: '12:00 剩 20 座' }).click()
    await page.getByRole('button', { name: '增加番茄炒蛋盖饭' }).click()
    await page.getByText('合计 ¥12.00').waitFor()
    await expectLargeAndWhole(page)

    // And off again: back to the normal sizes.
    await page.goto(`${app.url}#/pages/mine/index`)
    await page.getByRole('switch', { name: '大字模式' }).click()
    await page.goto(`${app.url}#/subpackages/stations/index`)
    await page.getByRole('list', { name: '站点列表' }).getByRole('listitem').first().waitFor()
    expect(await page.locator('.ls-large').count()).toBe(0)
    // (The same inspection does find the normal sizes small: it is not blind.)
    expect((await page.evaluate(inspectLargeText, 18)).smallTextCount).toBeGreaterThan(0)
    expect(app.errors).toEqual([])
  })
})
