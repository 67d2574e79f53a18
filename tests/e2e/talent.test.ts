import type { Page } from 'playwright-core'
import { startApp } from '../helpers/app'
import { describeInBrowser } from '../helpers/browser'

jest.setTimeout(180_000)

const TITLE = '冲压车间设备联网与视觉质检'
const SECRET = '32 台冲床控制器为三菱与西门子两种'

describeInBrowser('H5: 揭榜挂帅 from posting to both ratings', (chromium) => {
  let app: Awaited<ReturnType<typeof startApp>>
  beforeAll(async () => {
    app = await startApp(chromium)
  })
  afterAll(async () => {
    await app?.stop()
  })

  /** A text field by its label (Taro draws a bare <input>/<textarea> named by aria-label). */
  const field = (page: Page, name: string) =>
    page.locator(`input[aria-label="${name}"], textarea[aria-label="${name}"]`)
  const signIn = async (role: string) => {
    const page = await app.phone()
    await page.goto(`${app.url}#/pages/login/index`)
    await page.getByLabel(`以${role}身份登录`).click()
    await page.getByText('你好，', { exact: false }).waitFor()
    return page
  }

  test('an enterprise posts, an expert sees it recommended with reasons, accepts the terms and takes it; shortlist, award, both rate', async () => {
    // 企业联络员 posts a challenge from the form.
    const enterprise = await signIn('企业联络员')
    await enterprise.getByText('人才揭榜', { exact: true }).click()
    await enterprise.getByRole('button', { name: '发布榜单' }).click()
    const box = (name: string) => field(enterprise, name)
    await box('榜单标题').fill(TITLE)
    await box('公开摘要（所有人可见）').fill('冲压设备数据未联网，质检靠人工，寻求联网与视觉质检方案。')
    await enterprise.getByRole('radio', { name: '机器人与数控机床' }).click()
    await box('所需技能').fill('数字化改造、工业互联网、机器视觉')
    await box('金额（元）').fill('200000')
    // Typed in 元, and shown right away as the board will show it.
    await enterprise.getByText('榜单上显示为：20 万元').waitFor()
    await box('技术问题（详情）').fill(`${SECRET}，需统一采集。`)
    await box('攻关目标').fill('三个月内全部联网，漏检率低于 0.5%。')
    await box('验收标准').fill('连续 30 天数据完整率 98% 以上。')
    await enterprise.getByRole('button', { name: '发布榜单' }).click()
    await enterprise.getByText('揭榜方（0）').waitFor()
    const manageUrl = enterprise.url()

    // 专家 周教授 finds it among the recommendations, with the reasons in words.
    const expert = await signIn('专家')
    await expert.getByText('人才揭榜', { exact: true }).click()
    await expert.getByRole('button', { name: '为我推荐' }).click()
    await expert.getByRole('tab', { name: '我的揭榜' }).waitFor()
    const card = expert.locator('.talent-card:visible', { hasText: TITLE })
    await card.waitFor()
    const text = await card.innerText()
    expect(text).toContain('推荐理由')
    expect(text).toContain('共同技能：数字化改造、工业互联网、机器视觉')
    expect(text).toContain('同属机器人与数控机床产业链')
    expect(text).not.toContain(SECRET)
    await card.getByRole('link').click()

    // The details only after accepting the terms; then the take.
    await expert.getByText('保密条款', { exact: true }).waitFor()
    expect(await expert.getByText(SECRET, { exact: false }).count()).toBe(0)
    await expert.getByRole('button', { name: '同意保密条款并查看详情' }).click()
    await expert.getByText(SECRET, { exact: false }).waitFor()
    await field(expert, '攻关方案').fill('课题组做过两家企业的设备联网，先做协议适配，再上视觉质检。')
    await field(expert, '计划周期').fill('3 个月')
    await field(expert, '报价（元）').fill('180000')
    await expert.getByRole('button', { name: '确认揭榜' }).click()
    await expert.getByText('我的揭榜 · 已揭榜').waitFor()

    // The enterprise shortlists and awards.
    await enterprise.goto(manageUrl)
    await enterprise.reload()
    await enterprise.getByRole('button', { name: '入围：专家 周教授' }).click()
    await enterprise.getByRole('button', { name: '取消入围：专家 周教授' }).waitFor()
    await enterprise.getByRole('button', { name: '定榜：专家 周教授' }).click()
    await enterprise.locator('.taro-model__confirm').click()
    await enterprise.getByRole('button', { name: '验收交付' }).click()
    await enterprise.getByText('评价中榜方').waitFor()
    await enterprise.getByRole('radio', { name: '4 分' }).click()
    await field(enterprise, '评价').fill('方案扎实，响应及时。')
    await enterprise.getByRole('button', { name: '提交评价' }).click()
    await enterprise.getByText('你的评价：4 分', { exact: false }).waitFor()

    // The expert follows it to the end and rates the enterprise back.
    await expert.goto(`${app.url}#/subpackages/talent/mine`)
    await expert.getByRole('tab', { name: '我的揭榜' }).click()
    const mine = expert.locator('.talent-card:visible', { hasText: TITLE })
    await mine.getByText('我的揭榜 · 已中榜').waitFor()
    await mine.getByRole('radio', { name: '5 分' }).click()
    await field(expert, '对企业的评价').fill('需求清楚，配合顺畅。')
    await mine.getByRole('button', { name: '评价发榜企业' }).click()
    await mine.getByText('我的评价：5 分', { exact: false }).waitFor()
    expect(await mine.innerText()).toContain('企业对我的评价：4 分')

    const ratings = await app.db.selectFrom('talent_ratings').select(['side', 'score']).orderBy('side').execute()
    expect(ratings).toEqual([
      { side: 'enterprise', score: 4 },
      { side: 'taker', score: 5 },
    ])
    expect(app.errors).toEqual([])
  })

  test('talent needs both ways: the expert says 我有意向 on a recommended need, the enterprise sees who and hires', async () => {
    const ROLE = '数字化改造顾问'
    const expert = await signIn('专家')
    await expert.goto(`${app.url}#/subpackages/talent/mine`)
    const need = expert.locator('.card:visible', { hasText: ROLE })
    await need.getByText('推荐理由', { exact: false }).waitFor()
    await need.getByRole('button', { name: `我有意向：${ROLE}` }).click()
    await expert.locator('.taro-model__confirm').click()
    await need.getByText('已表达意向').waitFor()

    const enterprise = await signIn('企业联络员')
    await enterprise.goto(`${app.url}#/subpackages/talent/enterprise`)
    const mine = enterprise.locator('.card:visible', { hasText: ROLE })
    await mine.getByRole('button', { name: '意向 1 人 · 已录用 0/1' }).click()
    await mine.getByText('已表达意向').waitFor()
    expect(await mine.innerText()).toMatch(/\d{3}\*+\d{4}/)
    await mine.getByRole('button', { name: '录用：专家 周教授' }).click()
    await enterprise.locator('.taro-model__confirm').click()
    await mine.getByText('已招到').waitFor()

    await expert.reload()
    await expert.getByRole('tab', { name: '我的揭榜' }).click()
    const applied = expert.locator('.card:visible', { hasText: ROLE })
    await applied.getByText('已录用').waitFor()
    const row = await app.db
      .selectFrom('talent_needs')
      .select(['status', 'filled_by'])
      .where('role', '=', ROLE)
      .executeTakeFirstOrThrow()
    expect(row.status).toBe('filled')
    expect(app.errors).toEqual([])
  })
})
