import type { Page } from 'playwright-core'
import { startApp } from '../helpers/app'
import { describeInBrowser } from '../helpers/browser'

jest.setTimeout(120_000)

// Monday 2026-11-23 in Shanghai.
const sh = (local: string) => new Date(`2026-11-23T${local}+08:00`)

describeInBrowser('H5: a rider books a canteen seat and the counter redeems the code', (chromium) => {
  let app: Awaited<ReturnType<typeof startApp>>
  beforeAll(async () => {
    app = await startApp(chromium)
  })
  afterAll(async () => {
    app.setNow(null)
    await app?.stop()
  })

  async function signIn(page: Page, roleLabel: string) {
    await page.goto(`${app.url}#/pages/login/index`)
    await page.getByLabel(`以${roleLabel}身份登录`).click()
    await page.getByText('你好，', { exact: false }).waitFor()
  }

  test('book 12:00 with a dish, show the code, redeem it once at the counter', async () => {
    app.setNow(sh('10:00:00'))
    const rider = await app.phone()
    await signIn(rider, '骑手')
    await rider.getByText('延时餐厅', { exact: true }).click()
    const card = rider.getByRole('listitem', { name: '太白社区延时餐厅' })
    await card.waitFor()
    expect(await card.innerText()).toContain('午餐 11:00–14:00')
    await card.getByRole('button', { name: '预约座位' }).click()

    await rider.getByRole('radio', { name: '今天 周一' }).waitFor()
    expect(await rider.getByRole('radio', { name: '今天 周一' }).getAttribute('aria-checked')).toBe('true')
    await rider.getByRole('radio', { name: '12:00 剩 20 座' }).click()
    await rider.getByRole('button', { name: '增加番茄炒蛋盖饭' }).click()
    await rider.getByText('合计 ¥12.00').waitFor()
    await rider.getByRole('button', { name: '确认预约' }).click()

    const done = rider.getByRole('status', { name: '预约成功' })
    await done.waitFor()
    expect(await done.innerText()).toContain('太白社区延时餐厅 · 11月23日 周一 午餐 12:00–12:30')
    const label = await done.getByLabel(/^预约码 /).getAttribute('aria-label')
    const code = label!.replace('预约码 ', '')
    expect(code).toMatch(/^[2-9A-Z]{8}$/)
    // The QR is whole inside its box, and big enough for a counter's scanner.
    const qr = done.getByRole('img', { name: `二维码（预约码 ${code}）` })
    await qr.locator('img').waitFor()
    const frame = (await qr.boundingBox())!
    const picture = (await qr.locator('img').boundingBox())!
    expect(picture.width).toBeGreaterThanOrEqual(200)
    expect(picture.x).toBeGreaterThanOrEqual(frame.x - 0.5)
    expect(picture.y).toBeGreaterThanOrEqual(frame.y - 0.5)
    expect(picture.x + picture.width).toBeLessThanOrEqual(frame.x + frame.width + 0.5)
    expect(picture.y + picture.height).toBeLessThanOrEqual(frame.y + frame.height + 0.5)
    const viewport = rider.viewportSize()!
    expect(frame.x + frame.width).toBeLessThanOrEqual(viewport.width)

    // The counter: 太白社区's social worker, who runs its canteen's counter, at 12:05.
    app.setNow(sh('12:05:00'))
    const counter = await app.phone()
    await counter.goto(`${app.url}#/pages/login/index`)
    await counter.locator('[name=username] input:visible').fill('demo_shegong_taibai')
    await counter.locator('[name=password] input:visible').fill('lianshe-demo')
    await counter.getByRole('button', { name: '登录', exact: true }).click()
    await counter.getByText('你好，社工 太白 林悦').waitFor()
    await counter.goto(`${app.url}#/subpackages/canteen/index`)
    await counter.getByRole('listitem', { name: '太白社区延时餐厅' }).getByRole('button', { name: '柜台核销' }).click()
    await counter.locator('[name=code] input').fill(code.toLowerCase())
    await counter.getByRole('button', { name: '核销', exact: true }).click()
    const ok = counter.getByRole('status')
    await ok.waitFor()
    expect(await ok.innerText()).toContain(`已核销 ${code}`)
    expect(await ok.innerText()).toContain('番茄炒蛋盖饭×1')
    // The rider's full name and phone never reach the counter.
    expect(await counter.content()).not.toContain('13812345601')
    await counter.getByRole('listitem', { name: '12:00 时段' }).getByText('已约 1 · 已核销 1 · 现场 0').waitFor()

    // A second redeem of the same code says when and by whom it was used.
    await counter.locator('[name=code] input').fill(code)
    await counter.getByRole('button', { name: '核销', exact: true }).click()
    await counter.getByText('该预约码已于 11月23日 周一 12:05 由 社工 太白 林悦 核销', { exact: false }).waitFor()

    // The rider sees it used in 我的预约, and the booking message in 消息.
    await rider.goto(`${app.url}#/subpackages/canteen/bookings`)
    const history = rider.getByRole('list', { name: '历史预约' })
    await history.getByText('已核销').waitFor()
    await rider.goto(`${app.url}#/pages/notifications/index`)
    await rider.getByRole('listitem', { name: '订餐预约成功' }).waitFor()
    await rider.getByText('1 条未读').waitFor()
    await rider.getByRole('button', { name: '全部已读' }).click()
    await rider.getByText('全部已读', { exact: true }).waitFor()
    expect(app.errors).toEqual([])
  })

  test('the admin sets seats per slot and marks a dish sold out; riders see both', async () => {
    app.setNow(sh('09:00:00'))
    const admin = await app.phone()
    await signIn(admin, '管理员')
    await admin.goto(`${app.url}#/subpackages/canteen/index`)
    await admin.getByRole('listitem', { name: '太白社区延时餐厅' }).getByRole('button', { name: '餐厅设置' }).click()
    await admin.locator('[name=seats] input').fill('12')
    await admin.getByRole('button', { name: '保存设置' }).click()
    await admin.getByText('已保存，已有预约的时段保留原座位').waitFor()
    await admin.getByRole('switch', { name: '素三鲜面供应' }).click()
    await admin.getByRole('switch', { name: '素三鲜面供应' }).getByText('已售罄').waitFor()

    const rider = await app.phone()
    await signIn(rider, '骑手')
    await rider.goto(`${app.url}#/subpackages/canteen/index`)
    await rider.getByRole('listitem', { name: '太白社区延时餐厅' }).getByRole('button', { name: '预约座位' }).click()
    await rider.getByRole('radio', { name: '17:00 剩 12 座' }).waitFor()
    await rider.getByText('（今日售罄）').waitFor()
    expect(app.errors).toEqual([])
  })
})
