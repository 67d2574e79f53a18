import type { Page } from 'playwright-core'
import { startApp } from '../helpers/app'
import { describeInBrowser } from '../helpers/browser'

jest.setTimeout(180_000)

// Monday 2026-11-23 in Shanghai.
const sh = (local: string) => new Date(`2026-11-23T${local}+08:00`)

describeInBrowser(
  'H5: a new person signs up, becomes a verified rider of 太白社区 and books its canteen at 6.8折',
  (chromium) => {
    let app: Awaited<ReturnType<typeof startApp>>
    beforeAll(async () => {
      app = await startApp(chromium)
    })
    afterAll(async () => {
      app?.setNow(null)
      await app?.stop()
    })

    const fill = (page: Page, name: string, value: string) =>
      // Taro keeps earlier pages in the DOM (hidden): fill the one on screen.
      page.locator(`[name=${name}] input:visible`).fill(value)

    test('sign up → 太白社区 and 骑手 → rider verification → 太白’s 社工 approves → booking at the rider price', async () => {
      app.setNow(sh('10:00:00'))
      // A stranger on H5 (no WeChat there): signs up with a phone and a password.
      const rider = await app.phone()
      await rider.goto(`${app.url}#/pages/login/index`)
      await rider.getByRole('button', { name: '没有账号？手机号注册' }).click()
      await fill(rider, 'phone', '13700005566')
      await fill(rider, 'password', '1234567890')
      await fill(rider, 'again', '1234567890')
      await rider.getByRole('button', { name: '注册并登录' }).click()
      await rider.getByText('这个密码太常见，容易被猜中，请换一个').waitFor()
      await fill(rider, 'password', 'qi-shou-a-jie-2026')
      await fill(rider, 'again', 'qi-shou-a-jie-2026')
      await rider.getByRole('button', { name: '注册并登录' }).click()

      // First use: the community and what they are; each role says what it unlocks.
      await rider.getByText('1. 你在哪个社区？').waitFor()
      await rider.getByRole('radio', { name: '太白社区' }).click()
      const riderRole = rider.getByRole('checkbox', { name: '骑手' })
      expect(await riderRole.innerText()).toContain('认证后享骑手价（太白社区延时餐厅 6.8 折）')
      await riderRole.click()
      expect(await riderRole.getAttribute('aria-checked')).toBe('true')
      await rider.getByRole('button', { name: '完成' }).click()
      const done = rider.getByRole('status', { name: '设置完成' })
      await done.waitFor()
      expect(await done.innerText()).toContain('骑手：已开通')

      // Rider verification, the flow that already existed, now reachable for a real rider.
      await done.getByRole('button', { name: '去申请骑手认证（享骑手价）' }).click()
      await fill(rider, 'riderNo', 'ELM20261123')
      await rider.getByRole('button', { name: '提交认证' }).click()
      await rider.getByText('审核中', { exact: false }).waitFor()

      // The social worker of 太白社区 (its canteen's community) reviews it in one queue.
      const sw = await app.phone()
      await sw.goto(`${app.url}#/pages/login/index`)
      await fill(sw, 'username', 'demo_shegong_taibai')
      await fill(sw, 'password', 'lianshe-demo')
      await sw.getByRole('button', { name: '登录', exact: true }).click()
      await sw.getByText('你好，社工 太白 林悦').waitFor()
      await sw.getByText('我的', { exact: true }).click()
      await sw.getByText('身份审核（企业、专家、骑手）').click()
      const item = sw.getByRole('listitem', { name: '骑手认证 用户5566' })
      await item.waitFor()
      expect(await item.innerText()).toContain('137****5566 · 太白社区')
      expect(await item.innerText()).toContain('骑手编号：*******1123')
      expect(await sw.content()).not.toContain('13700005566')
      await item.getByRole('button', { name: '通过' }).click()
      await sw.getByText('暂无待审核的申请').waitFor()

      // Back to the rider: the canteen now charges the rider price.
      await rider.goto(`${app.url}#/subpackages/canteen/index`)
      const card = rider.getByRole('listitem', { name: '太白社区延时餐厅' })
      await card.getByText('你已享骑手价').waitFor()
      await card.getByRole('button', { name: '预约座位' }).click()
      await rider.getByRole('radio', { name: '12:00 剩 20 座' }).click()
      await rider.getByRole('button', { name: '增加番茄炒蛋盖饭' }).click()
      // ¥12.00 at 6.8折.
      await rider.getByText('合计 ¥8.16').waitFor()
      await rider.getByRole('button', { name: '确认预约' }).click()
      await rider.getByRole('status', { name: '预约成功' }).waitFor()

      // And the rider was told, in 消息.
      await rider.goto(`${app.url}#/pages/notifications/index`)
      await rider.getByRole('listitem', { name: '骑手认证已通过' }).waitFor()
      expect(app.errors).toEqual([])
    })
  },
)
