import type { Page } from 'playwright-core'
import { startApp } from '../helpers/app'
import { describeInBrowser, docScreenshot } from '../helpers/browser'

jest.setTimeout(240_000)

// Monday 2026-11-23, 09:00 in Shanghai.
const sh = (local: string) => new Date(`${local}+08:00`)
// A real 1×1 PNG: the gateway checks a photo's first bytes.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

describeInBrowser('H5: 企呼我应 from filing to rating, and a 微心愿 matched to a resource', (chromium) => {
  let app: Awaited<ReturnType<typeof startApp>>
  beforeAll(async () => {
    app = await startApp(chromium)
    app.setNow(sh('2026-11-23T09:00:00'))
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

  test('the form knows the liaison, says the deadline before filing and marks every missing field at once', async () => {
    const liaison = await app.db
      .selectFrom('users')
      .select(['display_name', 'phone'])
      .where('demo', '=', true)
      .where('role', '=', 'enterprise')
      .executeTakeFirstOrThrow()
    const firm = await app.phone()
    await signIn(firm, '企业联络员')
    await firm.goto(`${app.url}#/subpackages/demands/file`)
    // 联系人 and 联系电话 come from the account: one line, not two fields to fill again…
    const contact = firm.getByRole('group', { name: '联系方式' })
    await contact.getByText(`联系人：${liaison.display_name} · ${liaison.phone}`, { exact: false }).waitFor()
    expect(await firm.locator('[name=contactName]').count()).toBe(0)
    // …and 修改联系方式 opens them, filled.
    await contact.getByRole('button', { name: '修改联系方式' }).click()
    await firm.waitForFunction(
      (name) => (document.querySelector('[name=contactName] input') as HTMLInputElement)?.value === name,
      liaison.display_name,
    )
    expect(await firm.locator('[name=contactPhone] input').inputValue()).toBe(liaison.phone)
    // Urgency in working days, and the date it would be due (Monday 09:00 + 10 working days).
    await firm.getByRole('radio', { name: '一般（10 个工作日）' }).waitFor()
    const due = firm.getByRole('status', { name: '办结期限' })
    await firm.getByText('现在提交：10 个工作日，12月4日 周五 17:00 前办结').waitFor()
    await firm.getByRole('radio', { name: '紧急（3 个工作日）' }).click()
    await firm.getByText('现在提交：3 个工作日，11月25日 周三 17:00 前办结').waitFor()
    expect(await due.count()).toBe(1)

    // Nothing filled but the contact cleared: every missing field is marked at once, nothing sent.
    const before = await app.db
      .selectFrom('demands')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    await firm.locator('[name=contactName] input').fill('')
    await firm.getByRole('button', { name: '提交诉求' }).click()
    for (const text of ['标题至少 4 个字', '请把诉求描述清楚（至少 10 个字）', '请填写联系人']) {
      await firm.getByRole('alert').filter({ hasText: text }).waitFor()
    }
    expect(await firm.locator('.field--invalid').count()).toBe(3)
    await docScreenshot(firm, { path: 'docs/screenshots/25-4-5-demand-form.png', scale: 'css', fullPage: true })
    const after = await app.db
      .selectFrom('demands')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(after.n)).toBe(Number(before.n))
    // Typing into a marked field clears its mark.
    await firm.locator('[name=contactName] input').fill('张建国')
    await firm.waitForFunction(() => document.querySelectorAll('.field--invalid').length === 2)
    expect(app.errors).toEqual([])
  })

  test('an enterprise files with a photo, the 社工 dispatches to 区人社局, the department closes, the enterprise rates and reads the timeline', async () => {
    const firm = await app.phone()
    await signIn(firm, '企业联络员')
    await firm.getByText('企业诉求', { exact: true }).click()
    await firm.getByRole('button', { name: '企业点单：提交诉求' }).click()
    await firm.getByRole('radio', { name: '用工' }).click()
    await firm.getByRole('button', { name: '修改联系方式' }).click()
    await firm.locator('[name=title] input').fill('急招数控操作工 20 名')
    await firm.getByRole('textbox', { name: '详细描述' }).fill('新产线下月投产，急需数控操作工 20 名，请社区协调招聘。')
    await firm.locator('[name=contactName] input').fill('张建国')
    await firm.locator('[name=contactPhone] input').fill('13812345604')
    const chooser = firm.waitForEvent('filechooser')
    await firm.getByRole('button', { name: '添加照片' }).click()
    await (await chooser).setFiles({ name: '车间现场.png', mimeType: 'image/png', buffer: PNG })
    await firm.getByRole('button', { name: '移除附件 车间现场.png' }).waitFor()
    await firm.getByRole('button', { name: '提交诉求' }).click()
    // (the 我的诉求 list behind also has demands the grid's social worker holds: read the demand's own line)
    await firm.locator('.holder', { hasText: '当前：灵峰工业社区第一网格 社工' }).waitFor()
    await firm.getByText('待分派', { exact: true }).filter({ visible: true }).first().waitFor()
    const id = Number(new URL(firm.url().replace('#', '')).searchParams.get('id'))
    expect(id).toBeGreaterThan(0)
    await firm.getByRole('button', { name: '查看图片 车间现场.png' }).waitFor()

    // The grid's social worker finds it in 我的网格 and dispatches it to 区人社局.
    const worker = await app.phone()
    await signIn(worker, '社工')
    await worker.goto(`${app.url}#/subpackages/demands/index`)
    // The community's history is long: 已办结 comes 20 at a time, 加载更多 brings the next 20.
    await worker.getByRole('tab', { name: '社区诉求' }).click()
    await worker.getByRole('radio', { name: '已办结' }).click()
    // Each row is a list item named by the demand's title and status, holding a link to it.
    const cards = worker.locator('[role=listitem] > .item[role=link]')
    await worker.waitForFunction(() => {
      const labels = Array.from(document.querySelectorAll('[role=list] > [role=listitem]')).map((c) =>
        c.getAttribute('aria-label'),
      )
      return labels.length > 0 && labels.every((l) => l?.endsWith('，已办结'))
    })
    await worker.getByRole('button', { name: '加载更多' }).waitFor()
    expect(await cards.count()).toBe(20)
    await worker.getByRole('button', { name: '加载更多' }).click()
    await cards.nth(39).waitFor()
    // Words find the new one.
    await worker.getByRole('tab', { name: '我的网格' }).click()
    await worker.getByRole('radio', { name: /^办理中/ }).click()
    await worker.locator('[name=q] input').fill('数控操作工')
    await worker.getByRole('button', { name: '查找', exact: true }).click()
    await worker.waitForFunction(() => {
      const titles = Array.from(document.querySelectorAll('.item[role=link] .item__title')).map((t) => t.textContent)
      return titles.length > 0 && titles.every((t) => t?.includes('数控操作工'))
    })
    await worker.getByRole('listitem', { name: '急招数控操作工 20 名，待分派' }).first().getByRole('link').click()
    await worker.getByRole('button', { name: '查看图片 车间现场.png' }).waitFor()
    await worker.getByRole('checkbox', { name: '北仑区人力资源和社会保障局' }).click()
    await worker.getByRole('button', { name: '办理时限' }).getByText('12月4日 周五 17:00', { exact: false }).waitFor()
    await worker.getByRole('button', { name: '派单', exact: true }).click()
    await worker.locator('.holder', { hasText: '当前：北仑区人力资源和社会保障局' }).waitFor()

    // The department accepts it from its inbox and proposes closure with what was done.
    app.setNow(sh('2026-11-24T10:00:00'))
    const bureau = await app.phone()
    await signIn(bureau, '部门')
    await bureau.goto(`${app.url}#/subpackages/demands/index`)
    await bureau.getByRole('listitem', { name: '急招数控操作工 20 名，待接单' }).getByRole('link').click()
    await bureau.getByRole('button', { name: '接单', exact: true }).click()
    await bureau.getByText('办理中', { exact: true }).filter({ visible: true }).first().waitFor()
    await bureau.getByRole('textbox', { name: '申请办结' }).fill('已组织专场招聘会，20 人全部到岗')
    await bureau.getByRole('button', { name: '申请办结', exact: true }).click()
    await bureau.getByText('待确认办结', { exact: true }).filter({ visible: true }).first().waitFor()

    // The enterprise confirms, rates once, and reads the whole story.
    await firm.goto(`${app.url}#/subpackages/demands/detail?id=${id}`)
    await firm.reload()
    await firm.getByRole('button', { name: '确认办结' }).click()
    await firm.getByText('已办结', { exact: true }).filter({ visible: true }).first().waitFor()
    await firm.getByRole('radio', { name: '5 星' }).click()
    await firm.locator('[name=comment] input').fill('响应很快')
    await firm.getByRole('button', { name: '提交评价' }).click()
    await firm.getByText('评价：★★★★★ 响应很快').waitFor()
    const timeline = await firm.locator('.timeline__entry').allInnerTexts()
    expect(timeline.map((t) => t.split(' · ')[0])).toEqual([
      '企业点单',
      '社区派单',
      '部门接单',
      '申请办结',
      '企业确认办结',
      '企业评价',
    ])
    expect(timeline[1]).toContain('派往北仑区人力资源和社会保障局')
    expect(timeline[3]).toContain('已组织专场招聘会，20 人全部到岗')
    // The enterprise heard of each step in 消息.
    await firm.goto(`${app.url}#/pages/notifications/index`)
    await firm.getByText('诉求进展：部门接单', { exact: false }).first().waitFor()
    expect(app.errors).toEqual([])
  })

  test('a worker posts a 微心愿; the 社工 matches it to a resource and the worker is told', async () => {
    const me = await app.phone()
    await signIn(me, '职工')
    await me.getByText('微心愿', { exact: true }).click()
    await me.getByRole('button', { name: '发布微心愿' }).click()
    await me.getByRole('radio', { name: '文娱' }).click()
    await me.locator('[name=title] input').fill('午休时想打桌球放松一下')
    await me.getByRole('button', { name: '发布微心愿' }).click()
    await me.getByText('午休时想打桌球放松一下').waitFor()

    const worker = await app.phone()
    await signIn(worker, '社工')
    await worker.goto(`${app.url}#/subpackages/demands/lists?tab=wishes`)
    const wish = worker.locator('.item', { hasText: '午休时想打桌球放松一下' })
    await wish.getByRole('button', { name: '匹配资源' }).click()
    await wish.getByRole('button', { name: '对接「午间一小时·共富桌球」' }).click()
    await wish.getByText('已对接：午间一小时·共富桌球').waitFor()

    await me.goto(`${app.url}#/pages/notifications/index`)
    await me.getByText('你的微心愿有回应了', { exact: false }).first().waitFor()
    expect(app.errors).toEqual([])
  })
})
