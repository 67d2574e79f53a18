import type { Locator, Page } from 'playwright-core'
import { main as activities } from '../../cloudfunctions/activities/index'
import { main as policies } from '../../cloudfunctions/policies/index'
import { main as user } from '../../cloudfunctions/user/index'
import { startApp } from '../helpers/app'
import { describeInBrowser, docScreenshot } from '../helpers/browser'

jest.setTimeout(180_000)

// Monday 2026-11-23 10:00 in Shanghai: 太白社区延时餐厅 takes bookings for today's lunch.
const MONDAY_10AM = new Date('2026-11-23T10:00:00+08:00')

/**
 * Issue 25's tap budgets: each journey starts on the home page, signed in, and counts the taps a
 * person makes (typing into a field is not a tap). The counts are in docs/benchmarks.md.
 */
describeInBrowser('H5: journeys within their tap budgets', (chromium) => {
  let app: Awaited<ReturnType<typeof startApp>>
  beforeAll(async () => {
    app = await startApp(chromium)
    app.setNow(MONDAY_10AM)
  })
  afterAll(async () => {
    app?.setNow(null)
    await app?.stop()
  })

  /** A phone signed in as the demo account of a role, on the home page. */
  const signedIn = async (roleLabel: string) => {
    const page = await app.phone()
    await page.goto(`${app.url}#/pages/login/index`)
    await page.getByLabel(`以${roleLabel}身份登录`).click()
    await page.getByText('你好，', { exact: false }).waitFor()
    return page
  }
  const counter = () => {
    const c = {
      taps: 0,
      async tap(l: Locator) {
        c.taps++
        await l.click()
      },
    }
    return c
  }
  const tile = (page: Page, title: string) => page.getByText(title, { exact: true })

  test('rider: a seat at the rider price ≤ 5 taps; the booking code found again from home ≤ 2', async () => {
    const page = await signedIn('骑手')
    const t = counter()
    await t.tap(tile(page, '延时餐厅'))
    const card = page.getByRole('listitem', { name: '太白社区延时餐厅' })
    await t.tap(card.getByRole('button', { name: '预约座位' }))
    await t.tap(page.getByRole('radio', { name: /^12:00 剩/ }))
    await t.tap(page.getByRole('button', { name: /^增加/ }).first())
    await t.tap(page.getByRole('button', { name: '确认预约' }))
    await page.getByRole('status', { name: '预约成功' }).waitFor()
    expect(t.taps).toBeLessThanOrEqual(5)
    expect(t.taps).toBe(5)

    // Later, from home: 接下来 shows the booking first; one tap shows its code.
    await page.goto(app.url)
    const found = counter()
    const next = page.getByRole('region', { name: '接下来' })
    await next.waitFor()
    expect(await next.innerText()).toContain('订餐预约：太白社区延时餐厅')
    expect(await next.innerText()).toContain('11月23日 周一 12:00')
    await docScreenshot(page, { path: 'docs/screenshots/25-home-next.png', scale: 'css' })
    await found.tap(next.getByRole('link').first())
    await page
      .getByRole('group', { name: /^预约码 / })
      .first()
      .waitFor()
    expect(found.taps).toBeLessThanOrEqual(2)
    expect(found.taps).toBe(1)
    expect(app.errors).toEqual([])
  })

  test('worker: signed up for an activity this week ≤ 4 taps', async () => {
    const organizer = await app.demoToken(user, 'social_worker')
    const at = (hours: number) => new Date(app.runtime.now().getTime() + hours * 3600_000).toISOString()
    await app.invokeOk(
      activities,
      'save',
      {
        title: '周三午间读书会',
        category: 'noon',
        startsAt: at(50),
        endsAt: at(51),
        address: '灵峰社区党群服务中心二楼',
        registrationOpensAt: at(-1),
        registrationClosesAt: at(49),
        capacity: 20,
        description: '带一本书来，午饭后一小时。',
      },
      organizer,
    )
    const page = await signedIn('职工')
    const t = counter()
    await t.tap(tile(page, '社区活动'))
    await t.tap(page.getByRole('listitem', { name: '周三午间读书会' }))
    await t.tap(page.getByRole('button', { name: '立即报名' }))
    await page.getByRole('status', { name: '已报名' }).waitFor()
    expect(t.taps).toBeLessThanOrEqual(4)
    expect(t.taps).toBe(3)
    expect(app.errors).toEqual([])
  })

  test('青创客 with facts filled: 我能享受 ≤ 2 taps, loans 择一 and prizes apart', async () => {
    const page = await signedIn('青创客')
    const t = counter()
    await t.tap(tile(page, '政策'))
    await t.tap(page.getByRole('navigation', { name: '政策服务' }).getByText('我能享受', { exact: true }))
    const totals = page.getByRole('region', { name: '我能享受' })
    await totals.waitFor()
    expect(await totals.innerText()).toContain('补贴奖励')
    await docScreenshot(page, { path: 'docs/screenshots/25-11-benefits.png', scale: 'css', fullPage: true })
    expect(t.taps).toBeLessThanOrEqual(2)
    expect(t.taps).toBe(2)
    expect(app.errors).toEqual([])
  })

  test('青创客: a mentor hour requested ≤ 5 taps; the grey 预约 says a topic is needed', async () => {
    const page = await signedIn('青创客')
    const t = counter()
    await t.tap(tile(page, '政策'))
    await t.tap(page.getByRole('navigation', { name: '政策服务' }).getByText('青创导师', { exact: true }))
    // The card's next free hour opens the mentor with that hour chosen (was: the mentor, then the hour).
    const card = page.getByRole('listitem', { name: '青创导师 吴书记' })
    await t.tap(card.getByRole('link', { name: /^最近可约：/ }))
    const ask = page.getByRole('button', { name: /^预约 \d+月\d+日/ })
    await ask.waitFor()
    // Before a topic is chosen the button is grey and says why, next to it.
    expect(await ask.getAttribute('aria-disabled')).toBe('true')
    const why = page.getByText('请先选择一个话题', { exact: true })
    await why.waitFor()
    await why.scrollIntoViewIfNeeded()
    await docScreenshot(page, { path: 'docs/screenshots/25-12-mentor-hour.png', scale: 'css' })
    await t.tap(page.getByRole('group', { name: '辅导方向' }).getByRole('button', { name: '政策申报' }))
    await page.getByLabel('具体问题').fill('来仑就业补贴的材料怎么准备？')
    await t.tap(ask)
    await page.getByRole('status', { name: '已提交预约' }).waitFor()
    expect(t.taps).toBeLessThanOrEqual(5)
    expect(t.taps).toBe(5)
    const token = await app.demoToken(user, 'entrepreneur')
    const mine = await app.invokeOk(policies, 'myMentorBookings', {}, token)
    expect(mine.upcoming).toMatchObject([{ mentorName: '青创导师 吴书记', status: 'pending', topic: 'application' }])
    expect(app.errors).toEqual([])
  })

  test("liaison: a demand filed with the account's contact ≤ 6 taps, asked only about the demand", async () => {
    const liaison = await app.db
      .selectFrom('users')
      .select(['display_name', 'phone'])
      .where('demo', '=', true)
      .where('role', '=', 'enterprise')
      .executeTakeFirstOrThrow()
    const page = await signedIn('企业联络员')
    const t = counter()
    await t.tap(tile(page, '企业诉求'))
    await t.tap(page.getByRole('button', { name: '企业点单：提交诉求' }))
    // The contact is the account's, one line; the text fields are the demand's own.
    const contact = page.getByRole('group', { name: '联系方式' })
    await contact.getByText(`联系人：${liaison.display_name} · ${liaison.phone}`, { exact: false }).waitFor()
    const fields = await page
      .locator('input:visible, textarea:visible')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))
    expect(fields).toEqual(['标题', '详细描述'])
    await t.tap(page.getByRole('radio', { name: '设备更新' }))
    await page.locator('[name=title] input').fill('申请数控设备更新补贴辅导')
    await page
      .getByRole('textbox', { name: '详细描述' })
      .fill('明年计划更新 6 台数控机床，想了解设备更新补贴的条件和申报时间，请社区协助对接。')
    await contact.scrollIntoViewIfNeeded()
    await docScreenshot(page, { path: 'docs/screenshots/25-liaison-demand.png', scale: 'css' })
    await t.tap(page.getByRole('button', { name: '提交诉求', exact: true }))
    await page.locator('.holder', { hasText: '当前：' }).first().waitFor()
    expect(t.taps).toBeLessThanOrEqual(6)
    expect(t.taps).toBe(4)
    const filed = await app.db
      .selectFrom('demands')
      .select(['contact_name', 'contact_phone'])
      .where('title', '=', '申请数控设备更新补贴辅导')
      .executeTakeFirstOrThrow()
    expect(filed).toEqual({ contact_name: liaison.display_name, contact_phone: liaison.phone })
    expect(app.errors).toEqual([])
  })
})
