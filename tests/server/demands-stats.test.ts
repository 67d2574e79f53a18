import ExcelJS from 'exceljs'
import { sql } from 'kysely'
import { addWorkingMinutes, workingMinutesBetween } from '../../cloudfunctions/demands/domain/sla'
import { main as demands } from '../../cloudfunctions/demands/index'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'
import { lastingToken, personWith } from '../helpers/grants'

// Each test walks a demand through many steps; on a machine shared with other suites 5 s is not enough.
jest.setTimeout(60_000)

const sh = (local: string) => new Date(`${local}+08:00`)
const iso = (local: string) => sh(local).toISOString()

describe('working hours on the official calendar (chinese-days, 09:00–17:00)', () => {
  test('a weekend is skipped', () => {
    // Friday 16:00 + 2 h → Monday 10:00.
    expect(addWorkingMinutes(sh('2026-11-27T16:00:00'), 120).toISOString()).toBe(iso('2026-11-30T10:00:00'))
    expect(workingMinutesBetween(sh('2026-11-27T16:00:00'), sh('2026-11-30T10:00:00'))).toBe(120)
  })
  test('the National Day holiday is skipped (2025-10-01 … 10-08 off)', () => {
    expect(addWorkingMinutes(sh('2025-09-30T16:00:00'), 120).toISOString()).toBe(iso('2025-10-09T10:00:00'))
    expect(workingMinutesBetween(sh('2025-09-30T09:00:00'), sh('2025-10-09T17:00:00'))).toBe(16 * 60)
  })
  test('a make-up workday (调休, Sunday 2025-09-28) counts', () => {
    expect(addWorkingMinutes(sh('2025-09-26T16:00:00'), 120).toISOString()).toBe(iso('2025-09-28T10:00:00'))
    // …and the Saturday after the holiday, 2025-10-11, too; the Sunday 10-12 does not.
    expect(addWorkingMinutes(sh('2025-10-10T16:30:00'), 60).toISOString()).toBe(iso('2025-10-11T09:30:00'))
    expect(addWorkingMinutes(sh('2025-10-11T16:30:00'), 60).toISOString()).toBe(iso('2025-10-13T09:30:00'))
  })
  test('before and after office hours start and stop the clock', () => {
    expect(addWorkingMinutes(sh('2026-11-23T07:00:00'), 60).toISOString()).toBe(iso('2026-11-23T10:00:00'))
    expect(addWorkingMinutes(sh('2026-11-23T20:00:00'), 60).toISOString()).toBe(iso('2026-11-24T10:00:00'))
  })
})

describeEachDatabase('demands: deadlines, statistics and the seeds’ figures', (ctx) => {
  const { invoke, invokeOk } = ctx
  // The demo is seeded at a set clock: its history is the year ending that day.
  const SEEDED = '2026-11-30T09:00:00'
  beforeAll(() => ctx.setNow(sh(SEEDED)))
  withDemoContent(ctx)
  const at = (local: string) => ctx.setNow(sh(local))
  const f = {} as Record<'community' | 'gridA' | 'gridB' | 'firmA' | 'firmB' | 'rsj' | 'kjj' | 'lingfengFirm', number>
  const as = {} as Record<'firmA' | 'firmB' | 'worker' | 'rsj' | 'kjj' | 'lingfengEnterprise', string>

  beforeAll(async () => {
    // A community of our own, so every figure below is counted by hand.
    const c = await ctx.db
      .insertInto('communities')
      .values({ code: 'T-STATS', name: '统计测试社区', district: '测试区', lng: 121, lat: 29 })
      .returning('id')
      .executeTakeFirstOrThrow()
    f.community = c.id
    const worker = await personWith(ctx.db, 'social_worker', { communityId: c.id }, '社工 统计')
    as.worker = worker.token
    const grid = async (name: string) =>
      (
        await ctx.db
          .insertInto('grids')
          .values({ community_id: c.id, name, social_worker_id: worker.id })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id
    f.gridA = await grid('甲网格')
    f.gridB = await grid('乙网格')
    const firm = async (name: string, code: string, gridId: number) =>
      (
        await ctx.db
          .insertInto('enterprises')
          .values({ name, credit_code: code, community_id: c.id, grid_id: gridId })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id
    f.firmA = await firm('甲企业', 'T-STATS-A', f.gridA)
    f.firmB = await firm('乙企业', 'T-STATS-B', f.gridB)
    as.firmA = (await personWith(ctx.db, 'enterprise', { enterpriseId: f.firmA })).token
    as.firmB = (await personWith(ctx.db, 'enterprise', { enterpriseId: f.firmB })).token
    const dept = async (code: string) =>
      (await ctx.db.selectFrom('departments').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id
    f.rsj = await dept('BL-RSJ')
    f.kjj = await dept('BL-KJJ')
    as.rsj = (await personWith(ctx.db, 'department', { departmentId: f.rsj })).token
    as.kjj = (await personWith(ctx.db, 'department', { departmentId: f.kjj })).token
    const liaison = await ctx.db
      .selectFrom('users')
      .select('id')
      .where('demo', '=', true)
      .where('role', '=', 'enterprise')
      .executeTakeFirstOrThrow()
    as.lingfengEnterprise = await lastingToken(ctx.db, liaison.id)
    f.lingfengFirm = (
      await ctx.db
        .selectFrom('user_roles')
        .select('enterprise_id')
        .where('user_id', '=', liaison.id)
        .where('role', '=', 'enterprise')
        .executeTakeFirstOrThrow()
    ).enterprise_id!
  })
  afterAll(() => ctx.setNow(null))

  const file = (token: string, enterpriseId: number, category: string, urgency = 'normal') =>
    invokeOk(
      demands,
      'file',
      {
        enterpriseId,
        category,
        urgency,
        title: `${category} 测试诉求`,
        description: '用于统计核对的测试诉求。',
        contactName: '测试',
        contactPhone: '13900000000',
      },
      token,
    )

  test('a deadline by urgency and category spans a make-up workday and the National Day holiday', async () => {
    // Urgent (24 working hours) filed Friday 2025-09-26 10:00: Fri 7 h, Sun 09-28 (调休) 8 h, Mon 8 h, Tue 1 h.
    at('2025-09-26T10:00:00')
    const urgent = await file(as.lingfengEnterprise, f.lingfengFirm, 'hiring', 'urgent')
    expect(urgent.dueAt).toBe(iso('2025-09-30T10:00:00'))
    // 特急 (8 h) filed Tuesday 09-30 15:00: 2 h that day, the holiday, 6 h on Thursday 10-09.
    at('2025-09-30T15:00:00')
    expect((await file(as.lingfengEnterprise, f.lingfengFirm, 'hiring', 'critical')).dueAt).toBe(
      iso('2025-10-09T15:00:00'),
    )
    // Land takes twice as long: 特急 用地 = 16 h → Friday 10-10 15:00.
    expect((await file(as.lingfengEnterprise, f.lingfengFirm, 'land', 'critical')).dueAt).toBe(
      iso('2025-10-10T15:00:00'),
    )
  })

  test('before filing, the liaison sees the deadline in working days and as a date, the same one filing gives', async () => {
    const preview = (urgency: string, category: string, token = as.lingfengEnterprise) =>
      invokeOk(demands, 'dueDatePreview', { urgency, category }, token)
    at('2025-09-26T10:00:00')
    const urgent = await preview('urgent', 'hiring')
    expect(urgent).toEqual({
      dueAt: iso('2025-09-30T10:00:00'),
      workingDays: 3,
      text: '3 个工作日，9月30日 周二 10:00 前办结',
    })
    expect((await file(as.lingfengEnterprise, f.lingfengFirm, 'hiring', 'urgent')).dueAt).toBe(urgent.dueAt)
    // 紧急 审批 filed on a Saturday morning: six working days from Monday, not "48 hours".
    at('2026-11-28T09:30:00')
    expect((await preview('urgent', 'approval')).text).toBe('6 个工作日，12月7日 周一 17:00 前办结')
    expect((await preview('normal', 'hiring')).workingDays).toBe(10)
    // Only enterprise liaisons file demands, so only they are shown a deadline.
    const refused = await invoke(demands, 'dueDatePreview', { urgency: 'urgent', category: 'hiring' }, as.worker)
    expect(refused).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  test('the form knows the liaison: 联系人 and 联系电话 come from the account', async () => {
    const liaison = await ctx.db
      .selectFrom('users')
      .select(['display_name', 'phone'])
      .where('demo', '=', true)
      .where('role', '=', 'enterprise')
      .executeTakeFirstOrThrow()
    expect(liaison.phone).toBeTruthy()
    const { contact } = await invokeOk(demands, 'options', {}, as.lingfengEnterprise)
    expect(contact).toEqual({ name: liaison.display_name, phone: liaison.phone })
    // Signed out, the form knows nobody.
    expect((await invokeOk(demands, 'options', {})).contact).toBeNull()
  })

  test('statistics of a community against hand-counted fixtures', async () => {
    const step = async (local: string, action: string, input: Record<string, unknown>, token: string) => {
      at(local)
      return invokeOk(demands, action, input, token)
    }
    // D1: 甲网格, 用工, 区人社局, proposed on time, confirmed after 2 days 3 hours, rated 5.
    at('2031-03-03T09:00:00')
    const d1 = await file(as.firmA, f.firmA, 'hiring')
    await step(
      '2031-03-03T10:00:00',
      'dispatch',
      { demandId: d1.id, departmentIds: [f.rsj], deadline: '2031-03-10T17:00:00+08:00' },
      as.worker,
    )
    await step('2031-03-03T11:00:00', 'accept', { demandId: d1.id }, as.rsj)
    await step('2031-03-05T10:00:00', 'proposeClosure', { demandId: d1.id, result: '招聘会对接完成' }, as.rsj)
    await step('2031-03-05T12:00:00', 'confirmClosure', { demandId: d1.id }, as.firmA)
    await step('2031-03-05T13:00:00', 'rate', { demandId: d1.id, rating: 5 }, as.firmA)
    // D2: 甲网格, 技术, 区科技局, proposed late, confirmed after 6 days, rated 3.
    at('2031-03-04T09:00:00')
    const d2 = await file(as.firmA, f.firmA, 'tech')
    await step(
      '2031-03-04T10:00:00',
      'dispatch',
      { demandId: d2.id, departmentIds: [f.kjj], deadline: '2031-03-06T17:00:00+08:00' },
      as.worker,
    )
    await step('2031-03-04T11:00:00', 'accept', { demandId: d2.id }, as.kjj)
    await step('2031-03-10T09:00:00', 'proposeClosure', { demandId: d2.id, result: '专家论证完成' }, as.kjj)
    await step('2031-03-10T09:00:00', 'confirmClosure', { demandId: d2.id }, as.firmA)
    await step('2031-03-10T10:00:00', 'rate', { demandId: d2.id, rating: 3 }, as.firmA)
    // D3: 乙网格, 用工, solved by the community, reopened once, closed 7 days after filing, not rated.
    at('2031-04-01T09:00:00')
    const d3 = await file(as.firmB, f.firmB, 'hiring')
    await step('2031-04-02T09:00:00', 'solve', { demandId: d3.id, result: '共享员工调剂' }, as.worker)
    await step('2031-04-03T09:00:00', 'confirmClosure', { demandId: d3.id }, as.firmB)
    await step('2031-04-04T09:00:00', 'reopen', { demandId: d3.id, reason: '调剂人员已离开' }, as.firmB)
    await step('2031-04-07T09:00:00', 'proposeClosure', { demandId: d3.id, result: '再次调剂并签约' }, as.worker)
    await step('2031-04-08T09:00:00', 'confirmClosure', { demandId: d3.id }, as.firmB)
    // D4: 乙网格, 技术, dispatched and never accepted: open and overdue. D5: a duplicate merged into it.
    at('2031-04-15T09:00:00')
    const d4 = await file(as.firmB, f.firmB, 'tech')
    const d5 = await file(as.firmA, f.firmA, 'tech')
    await step('2031-04-15T10:00:00', 'merge', { demandId: d5.id, intoId: d4.id }, as.worker)
    await step(
      '2031-04-15T11:00:00',
      'dispatch',
      { demandId: d4.id, departmentIds: [f.kjj], deadline: '2031-04-16T17:00:00+08:00' },
      as.worker,
    )

    at('2031-05-01T09:00:00')
    const s = await invokeOk(demands, 'stats', { communityId: f.community, year: 2031 }, as.worker)
    expect(s.total).toEqual({
      filed: 4, // D1–D4 (the merged duplicate is not counted)
      solved: 3,
      onTimeRate: 0.667, // D1, D3 of D1–D3
      medianDays: 6, // 2.125, 6, 7
      satisfaction: 4, // (5 + 3) / 2
      rated: 2,
      reopenRate: 0.333,
    })
    expect({ open: s.open, overdueOpen: s.overdueOpen }).toEqual({ open: 1, overdueOpen: 1 })
    const month = (m: string) => s.byMonth.find((r: { key: string }) => r.key === `2031-${m}`)
    expect(month('03')).toMatchObject({
      label: '3月',
      filed: 2,
      solved: 2,
      onTimeRate: 0.5,
      medianDays: 4.1,
      satisfaction: 4,
    })
    expect(month('04')).toMatchObject({ filed: 2, solved: 1, medianDays: 7, reopenRate: 1, satisfaction: null })
    expect(month('05')).toMatchObject({ filed: 0, solved: 0, onTimeRate: null })
    const by = (rows: { label: string; filed: number; solved: number }[]) =>
      Object.fromEntries(rows.map((r) => [r.label, [r.filed, r.solved]]))
    expect(by(s.byGrid)).toEqual({ 甲网格: [2, 2], 乙网格: [2, 1] })
    expect(by(s.byCategory)).toEqual({ 用工: [2, 2], 技术: [2, 1] })
    expect(by(s.byDepartment)).toEqual({
      北仑区人力资源和社会保障局: [1, 1],
      北仑区科学技术局: [1, 1],
      社区办理或未接单: [2, 1],
    })
    // One grid, one category.
    const gridB = await invokeOk(demands, 'stats', { communityId: f.community, year: 2031, gridId: f.gridB }, as.worker)
    expect(gridB.total).toMatchObject({ filed: 2, solved: 1, reopenRate: 1 })
    const tech = await invokeOk(demands, 'stats', { communityId: f.community, year: 2031, category: 'tech' }, as.worker)
    expect(tech.total).toMatchObject({ filed: 2, solved: 1, onTimeRate: 0 })
    // A department's own figures; not another department's, not another community's social worker.
    const kjj = await invokeOk(demands, 'departmentStats', { departmentId: f.kjj, year: 2031 }, as.kjj)
    expect(kjj.total).toMatchObject({ solved: 1, onTimeRate: 0, satisfaction: 3 })
    expect(await invoke(demands, 'departmentStats', { departmentId: f.rsj, year: 2031 }, as.kjj)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(
      await invoke(demands, 'stats', { communityId: f.community, year: 2031 }, as.lingfengEnterprise),
    ).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })

    // What the trigger kept after all those moves is what a recount from the demands gives.
    const summary = async () =>
      (
        await sql<{ row: string }>`select concat_ws('|', community_id, kind, month, grid_id, department_id, category, n,
          on_time, rated, rating_sum, reopened, (select array_agg(x order by x) from unnest(minutes) x)) as row
          from demand_stats where n <> 0 order by 1`.execute(ctx.db)
      ).rows.map((r) => r.row)
    const kept = await summary()
    await sql`select demand_stats_rebuild()`.execute(ctx.db)
    expect(await summary()).toEqual(kept)

    // Exports: CSV with a BOM for Excel, and a real xlsx with one sheet per breakdown.
    const csv = await invokeOk(
      demands,
      'exportStats',
      { communityId: f.community, year: 2031, format: 'csv' },
      as.worker,
    )
    expect(csv.content.startsWith('\uFEFF按月\r\n分组,受理,办结,按时办结率')).toBe(true)
    expect(csv.content).toContain('全年合计,4,3,66.7%,6,4,2,33.3%')
    const xlsx = await invokeOk(
      demands,
      'exportStats',
      { communityId: f.community, year: 2031, format: 'xlsx' },
      as.worker,
    )
    expect(xlsx.filename).toBe('诉求统计-统计测试社区-2031.xlsx')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(xlsx.content, 'base64') as never)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['按月', '按网格', '按部门', '按类别'])
    expect(wb.getWorksheet('按网格')!.getRow(2).values).toEqual([undefined, '甲网格', 2, 2, '50.0%', 4.1, 4, 2, '0.0%'])
  })

  test('the demo history is the year ending at the seed’s clock, of the kinds the texts name, counted from the records', async () => {
    at('2026-11-30T09:00:00')
    const lingfeng = await ctx.db
      .selectFrom('communities')
      .select('id')
      .where('code', '=', 'BL-LINGFENG')
      .executeTakeFirstOrThrow()
    const chengtan = await ctx.db
      .selectFrom('communities')
      .select('id')
      .where('code', '=', 'XC-CHENGTAN')
      .executeTakeFirstOrThrow()
    // Every history record closed within the year before the seed day: nothing older, nothing later.
    const range = await ctx.db
      .selectFrom('demands')
      .select((eb) => [eb.fn.min('closed_at').as('first'), eb.fn.max('closed_at').as('last')])
      .where('status', '=', 'closed')
      .where('contact_name', '=', '联络员（示例）')
      .executeTakeFirstOrThrow()
    expect(new Date(range.first as never).getTime()).toBeGreaterThanOrEqual(sh('2025-11-30T00:00:00').getTime())
    expect(new Date(range.last as never).getTime()).toBeLessThan(sh('2026-11-30T00:00:00').getTime())
    expect(new Date(range.last as never).getTime()).toBeGreaterThan(sh('2026-11-01T00:00:00').getTime())
    const lf = await invokeOk(demands, 'publicStats', { communityId: lingfeng.id })
    expect(lf.community.byYear.map((y: { period: string }) => y.period)).toEqual(['2025 年', '2026 年'])
    // The texts' figures are not made into records: 灵峰's 97 (2025), 北仑's 368 (2024) are quoted, not counted.
    expect(lf.district.byYear.map((y: { period: string }) => y.period)).not.toContain('2024 年')
    // 北仑's demands include 项目申报 (000_…txt) and 灵峰's 政策咨询 (002_…txt).
    const labels = lf.district.byCategory.map((c: { label: string }) => c.label)
    expect(labels).toEqual(expect.arrayContaining(['项目申报', '政策咨询', '政策兑现', '用工']))
    // 澄潭: mostly land, environmental review and technology (“用地、环评、技术攻关等难题”).
    const ct = await invokeOk(demands, 'publicStats', { communityId: chengtan.id })
    const hard = ct.community.byCategory
      .filter((c: { category: string }) => ['land', 'environment', 'tech'].includes(c.category))
      .reduce((n: number, c: { solved: number }) => n + c.solved, 0)
    expect(hard).toBe(60)
    expect(ct.district).toMatchObject({ name: '绍兴市新昌县', solvedTotal: ct.community.solvedTotal })
    // And they are the same numbers the staff statistics count.
    const staff = await invokeOk(
      demands,
      'stats',
      { communityId: lingfeng.id, year: 2025 },
      await lastingToken(
        ctx.db,
        (await ctx.db.selectFrom('users').select('id').where('username', '=', 'demo_shegong').executeTakeFirstOrThrow())
          .id,
      ),
    )
    expect(staff.total.solved).toBe(lf.community.byYear.find((y: { period: string }) => y.period === '2025 年').solved)
    expect(staff.total.onTimeRate).toBeGreaterThan(0.5)
    expect(staff.byMonth).toHaveLength(12)
  })
})
