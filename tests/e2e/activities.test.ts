import { main as activities } from '../../cloudfunctions/activities/index'
import { main as user } from '../../cloudfunctions/user/index'
import { startApp } from '../helpers/app'
import { describeInBrowser } from '../helpers/browser'

jest.setTimeout(120_000)

describeInBrowser(
  'H5: a worker joins the waitlist of a full activity and is promoted when someone cancels',
  (chromium) => {
    let app: Awaited<ReturnType<typeof startApp>>
    beforeAll(async () => {
      app = await startApp(chromium)
    })
    afterAll(async () => {
      await app?.stop()
    })

    test('full → 候补第 1 位 → the other participant cancels → 已报名 with a code', async () => {
      const organizer = await app.demoToken(user, 'social_worker')
      const rider = await app.demoToken(user, 'rider')
      const at = (hours: number) => new Date(app.runtime.now().getTime() + hours * 3600_000).toISOString()
      const { id } = await app.invokeOk(
        activities,
        'save',
        {
          title: '共富桌球友谊赛',
          category: 'noon',
          startsAt: at(48),
          endsAt: at(50),
          address: '灵峰社区党群服务中心一楼',
          registrationOpensAt: at(-1),
          registrationClosesAt: at(47),
          capacity: 1,
          description: '一张球桌，先到先得。',
        },
        organizer,
      )
      await app.invokeOk(activities, 'signUp', { activityId: id }, rider) // the only seat

      const page = await app.phone()
      await page.goto(`${app.url}#/pages/login/index`)
      await page.getByLabel('以职工身份登录').click()
      await page.getByText('你好，', { exact: false }).waitFor()
      await page.getByText('社区活动', { exact: true }).click()
      const card = page.getByRole('listitem', { name: '共富桌球友谊赛' })
      await card.waitFor()
      expect(await card.innerText()).toContain('已满 · 候补 0 人')
      await card.click()
      await page.getByRole('button', { name: '名额已满，加入候补' }).click()
      const state = page.getByRole('status', { name: '候补中' })
      await state.waitFor()
      expect(await state.innerText()).toContain('候补第 1 位')
      // Back on the list, the card is current without pulling to refresh (pages reload on show).
      await page.goBack()
      await card.getByText('我：候补中').waitFor()
      await card.click()
      await state.waitFor()

      // The rider cancels: the worker is first in line and is promoted.
      await app.invokeOk(activities, 'cancel', { activityId: id, reason: '要跑单' }, rider)
      await page.goto(`${app.url}#/subpackages/activities/mine`)
      await page.getByRole('listitem', { name: '共富桌球友谊赛' }).getByText('已报名').waitFor()
      await page.getByRole('listitem', { name: '共富桌球友谊赛' }).click()
      const registered = page.getByRole('status', { name: '已报名' })
      await registered.waitFor()
      expect(await registered.getByLabel(/^报名码 /).getAttribute('aria-label')).toMatch(/^报名码 [2-9A-Z]{8}$/)
      // And 消息 says so.
      await page.goto(`${app.url}#/pages/notifications/index`)
      await page.getByRole('listitem', { name: '候补成功' }).waitFor()
      expect(app.errors).toEqual([])
    })

    test('a social worker publishes an activity from the form and lands on its page', async () => {
      const page = await app.phone()
      await page.goto(`${app.url}#/pages/login/index`)
      await page.getByLabel('以社工身份登录').click()
      await page.getByText('你好，', { exact: false }).waitFor()
      await page.goto(`${app.url}#/subpackages/activities/edit`)
      await page.locator('[name=title] input').fill('读书会·《平凡的世界》')
      await page.getByRole('radio', { name: '兴趣社群' }).click()
      await page.locator('[name=address] input').fill('灵峰社区党群服务中心三楼')
      await page.locator('[name=capacity] input').fill('12')
      await page.getByRole('button', { name: '发布' }).click()
      await page.getByRole('button', { name: '报名名单与签到' }).waitFor()
      await page.getByText('名额 12（剩 12）').waitFor()
      expect(app.errors).toEqual([])
    })
  },
)
