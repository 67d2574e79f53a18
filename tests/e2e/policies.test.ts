import { main as policies } from '../../cloudfunctions/policies/index'
import { main as user } from '../../cloudfunctions/user/index'
import { startApp } from '../helpers/app'
import { describeInBrowser } from '../helpers/browser'

jest.setTimeout(180_000)

const POLICY = '北仑区高校毕业生来仑就业补贴（示例）'

describeInBrowser(
  'H5: a 青创客 fills in two missing facts, the policy turns 符合 and counts in 我能享受; favourite; book a mentor',
  (chromium) => {
    let app: Awaited<ReturnType<typeof startApp>>
    beforeAll(async () => {
      app = await startApp(chromium)
    })
    afterAll(async () => {
      await app?.stop()
    })

    test('可能符合 → fill 学历 and 工作地 → 符合, benefit added; 收藏; a mentor hour requested', async () => {
      const page = await app.phone()
      await page.goto(`${app.url}#/pages/login/index`)
      await page.getByLabel('以青创客身份登录').click()
      await page.getByText('你好，', { exact: false }).waitFor()
      // The same person through the API, to check what the page shows against the server.
      const token = await app.demoToken(user, 'entrepreneur')
      const before = await app.invokeOk(policies, 'benefits', {}, token)

      // What I can get, before.
      await page.getByText('政策', { exact: true }).click()
      await page.getByRole('button', { name: '我能享受' }).click()
      const total = page.getByLabel('补贴奖励合计')
      await total.waitFor()
      const totalBefore = await total.innerText()
      await page.goBack()

      // The policy, found by a partial word: 可能符合, two facts missing.
      // The hint gives words people use, not pinyin initials.
      expect(await page.getByLabel('搜索政策').getAttribute('placeholder')).toBe('搜索政策，如 人才贷、安居')
      await page.getByLabel('搜索政策').fill('来仑就业')
      await page.getByRole('button', { name: '搜索', exact: true }).click()
      const card = page.getByRole('listitem', { name: POLICY })
      await card.getByText('可能符合').waitFor()
      await card.getByRole('button', { name: POLICY }).click()
      const verdict = page.getByRole('status', { name: '资格：可能符合' })
      await verdict.waitFor()
      expect(await verdict.innerText()).toContain('最高学历、工作或常住地')

      // One tap to the two facts; fill them in; back on the policy it is 符合.
      await page.getByRole('button', { name: '补充 2 项条件' }).click()
      await page.getByRole('group', { name: '最高学历' }).getByRole('button', { name: '本科' }).click()
      await page.getByRole('group', { name: '工作或常住地' }).getByRole('button', { name: '北仑区' }).click()
      await page.getByRole('button', { name: '保存（2 项）' }).click()
      await page.getByRole('status', { name: '资格：符合' }).waitFor()

      // Its benefit now counts in 我能享受.
      const after = await app.invokeOk(policies, 'benefits', {}, token)
      const counted = after.eligible.find((p: { title: string }) => p.title === POLICY)
      expect(counted).toMatchObject({ benefitMax: 20000, eligibility: { verdict: 'eligible' } })
      expect(after.totals.cashMax - before.totals.cashMax).toBeGreaterThanOrEqual(20000)

      // Favourite it.
      await page.getByRole('button', { name: '收藏', exact: true }).click()
      await page.getByRole('button', { name: '已收藏' }).waitFor()
      const favs = await app.invokeOk(policies, 'list', { mine: 'favourite' }, token)
      expect(favs.items.map((p: { title: string }) => p.title)).toEqual([POLICY])

      await page.goto(`${app.url}#/subpackages/policies/benefits`)
      await page.getByRole('list', { name: '符合的政策' }).getByRole('listitem', { name: POLICY }).waitFor()
      const totalAfter = await page.getByLabel('补贴奖励合计').innerText()
      expect(totalAfter).not.toBe(totalBefore)

      // Book an hour with 青创导师 吴书记.
      await page
        .getByRole('button', { name: '填写我的条件' })
        .or(page.getByRole('button', { name: '修改我的条件' }))
        .waitFor()
      await page.goto(`${app.url}#/subpackages/policies/mentors`)
      await page.getByRole('button', { name: '青创导师 吴书记' }).click()
      const free = page
        .getByRole('group', { name: '选择时段' })
        .getByRole('button', { name: /可预约$/ })
        .first()
      const hourName = (await free.getAttribute('aria-label'))!.replace(/，可预约$/, '')
      await free.click()
      await page.getByRole('group', { name: '辅导方向' }).getByRole('button', { name: '政策申报' }).click()
      await page.getByLabel('具体问题').fill('来仑就业补贴的材料怎么准备？')
      await page.getByRole('button', { name: `预约 ${hourName}` }).click()
      await page.getByRole('status', { name: '已提交预约' }).waitFor()
      const mine = await app.invokeOk(policies, 'myMentorBookings', {}, token)
      expect(mine.upcoming).toMatchObject([{ mentorName: '青创导师 吴书记', status: 'pending', topic: 'application' }])
      // The hour now shows as mine.
      await page.getByRole('button', { name: `${hourName}，我已预约` }).waitFor()

      // The mentor sees the request on the desk.
      const mentor = await app.demoToken(user, 'mentor')
      const desk = await app.invokeOk(policies, 'mentorDesk', {}, mentor)
      expect(desk.requests.map((b: { question: string }) => b.question)).toEqual(['来仑就业补贴的材料怎么准备？'])
      expect(app.errors).toEqual([])
    })
  },
)
