import { main as admin } from '../../cloudfunctions/admin/index'
import { main as demands } from '../../cloudfunctions/demands/index'
import { exampleCreditCode } from '../../cloudfunctions/community/seed-accounts'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'
import { lastingToken, personWith } from '../helpers/grants'

// 网格走访, 代报 (走访/来电/来访), visit coverage, 党建指导员's 传单 and 一社工一网格.
jest.setTimeout(60_000)

// Shanghai wall clock → instant. 2026-11-23 is a Monday; its quarter began on 2026-10-01.
const sh = (local: string) => new Date(`${local}+08:00`)
const photo = (owner: number, n = 1) => ({
  fileId: `cloud://env.demo/demands/u${owner}/visit-${n}-${Math.random().toString(36).slice(2)}.jpg`,
  name: `走访照片${n}.jpg`,
  size: 180_000,
  mime: 'image/jpeg',
})

describeEachDatabase('visits: 网格走访 and 代报', (ctx) => {
  const { invoke, invokeOk } = ctx
  withDemoContent(ctx)
  const ids = {} as Record<'lingfeng' | 'chengtan' | 'firm' | 'chengtanFirm' | 'grid1' | 'worker' | 'liaison', number>
  const as = {} as Record<'worker' | 'liaison' | 'chengtanWorker' | 'stranger' | 'admin' | 'guide', string>
  const at = (local: string) => ctx.setNow(sh(local))
  const count = async (
    table: 'visits' | 'demands' | 'demand_events' | 'demand_attachments' | 'grid_handovers' | 'audit_log',
  ) =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  const counts = async () =>
    Promise.all(
      (['visits', 'demands', 'demand_events', 'demand_attachments', 'grid_handovers', 'audit_log'] as const).map(count),
    )
  const demoId = async (role: string) =>
    (
      await ctx.db
        .selectFrom('users')
        .select('id')
        .where('demo', '=', true)
        .where('role', '=', role as never)
        .orderBy('id')
        .executeTakeFirstOrThrow()
    ).id
  const need = {
    category: 'hiring',
    urgency: 'normal',
    title: '夜班普工缺口 15 人',
    description: '走访时企业反映新接订单，夜班普工缺口 15 人，希望社区对接零工市场。',
    contactName: '张建国',
    contactPhone: '13812345604',
  }

  beforeAll(async () => {
    at('2026-11-23T10:00:00')
    const community = (code: string) =>
      ctx.db.selectFrom('communities').select('id').where('code', '=', code).executeTakeFirstOrThrow()
    ids.lingfeng = (await community('BL-LINGFENG')).id
    ids.chengtan = (await community('XC-CHENGTAN')).id
    ids.worker = await demoId('social_worker')
    ids.liaison = await demoId('enterprise')
    as.worker = await lastingToken(ctx.db, ids.worker)
    as.liaison = await lastingToken(ctx.db, ids.liaison)
    as.admin = await lastingToken(ctx.db, await demoId('admin'))
    as.guide = await lastingToken(ctx.db, await demoId('party_guide'))
    as.stranger = await lastingToken(ctx.db, await demoId('worker'))
    const liaisonOf = await ctx.db
      .selectFrom('user_roles')
      .select('enterprise_id')
      .where('user_id', '=', ids.liaison)
      .where('role', '=', 'enterprise')
      .executeTakeFirstOrThrow()
    ids.firm = liaisonOf.enterprise_id!
    ids.grid1 = (
      await ctx.db.selectFrom('enterprises').select('grid_id').where('id', '=', ids.firm).executeTakeFirstOrThrow()
    ).grid_id!
    ids.chengtanFirm = (
      await ctx.db
        .selectFrom('enterprises')
        .select('id')
        .where('community_id', '=', ids.chengtan)
        .orderBy('id')
        .executeTakeFirstOrThrow()
    ).id
    as.chengtanWorker = (
      await personWith(ctx.db, 'social_worker', { communityId: ids.chengtan }, '澄潭社工 测试')
    ).token
  })
  afterAll(() => ctx.setNow(null))

  test('a 社工 plans a visit, records it with who was met, findings and photos, and files what was found as 代报', async () => {
    at('2026-11-23T10:00:00')
    const planned = await invokeOk(
      demands,
      'saveVisit',
      { enterpriseId: ids.firm, status: 'planned', date: '2026-11-25' },
      as.worker,
    )
    expect(planned).toMatchObject({ status: 'planned', statusLabel: '计划走访', date: '2026-11-25', can: ['record'] })
    const mine = await invokeOk(demands, 'visits', { status: 'planned' }, as.worker)
    expect(mine.items.map((v: { id: number }) => v.id)).toContain(planned.id)

    at('2026-11-25T15:00:00')
    const done = await invokeOk(
      demands,
      'saveVisit',
      {
        visitId: planned.id,
        enterpriseId: ids.firm,
        status: 'done',
        date: '2026-11-25',
        met: '张建国 总经理、李红 人事主管',
        findings: '新接订单，夜班普工缺口约 15 人；厂区门口路灯不亮。',
        photos: [photo(ids.worker, 1), photo(ids.worker, 2)],
      },
      as.worker,
    )
    expect(done).toMatchObject({ status: 'done', date: '2026-11-25', can: ['file'], demands: [] })
    expect(done.photos).toHaveLength(2)
    expect(done.met).toContain('张建国')

    // A need found on the visit becomes a demand filed on the enterprise's behalf.
    const d = await invokeOk(
      demands,
      'file',
      { ...need, enterpriseId: ids.firm, channel: 'visit', visitId: done.id },
      as.worker,
    )
    expect(d).toMatchObject({
      status: 'filed',
      onBehalf: { channel: 'visit', channelLabel: '走访', visitId: done.id, confirmedAt: null },
    })
    expect(d.onBehalf.filer).toContain('刘敏')
    expect(d.timeline[0]).toMatchObject({ kind: 'filed_on_behalf', label: '社工代报' })
    expect((await invokeOk(demands, 'visit', { visitId: done.id }, as.worker)).demands).toEqual([
      { id: d.id, title: need.title, statusLabel: '待分派' },
    ])
    // The liaison is told, and may confirm or correct it.
    const told = await ctx.db
      .selectFrom('notifications')
      .select(['kind', 'data'])
      .where('user_id', '=', ids.liaison)
      .where('event_key', 'like', `demand:${d.id}:%`)
      .execute()
    expect(told).toEqual([expect.objectContaining({ kind: 'demand_progress' })])
    expect(JSON.stringify(told[0].data)).toContain('社工代报')
    const seen = await invokeOk(demands, 'detail', { demandId: d.id }, as.liaison)
    expect(seen.can).toContain('confirmOnBehalf')

    at('2026-11-25T18:00:00')
    const corrected = await invokeOk(
      demands,
      'confirmOnBehalf',
      { demandId: d.id, description: '新接订单，夜班普工缺口 18 人（更正），希望社区对接零工市场。' },
      as.liaison,
    )
    expect(corrected.description).toContain('18 人')
    expect(corrected.onBehalf.confirmedAt).not.toBeNull()
    expect(corrected.can).not.toContain('confirmOnBehalf')
    expect(corrected.timeline.at(-1)).toMatchObject({ kind: 'corrected', note: '更正了描述' })
    const toWorker = await ctx.db
      .selectFrom('notifications')
      .select('data')
      .where('user_id', '=', ids.worker)
      .where('event_key', '=', `demand:${d.id}:confirmed`)
      .execute()
    expect(JSON.stringify(toWorker[0].data)).toContain('企业更正代报')
    const again = await invoke(demands, 'confirmOnBehalf', { demandId: d.id }, as.liaison)
    expect(again).toMatchObject({ ok: false, code: 'CONFLICT', message: '这条代报诉求已经确认过了' })
    const audited = await ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('actor_id', 'in', [ids.worker, ids.liaison])
      .where('action', 'in', ['visit.plan', 'visit.record', 'demand.file', 'demand.confirmOnBehalf'])
      .execute()
    expect(new Set(audited.map((a) => a.action))).toEqual(
      new Set(['visit.plan', 'visit.record', 'demand.file', 'demand.confirmOnBehalf']),
    )
  })

  test('phone and walk-in intake (来电/来访) without a visit; the enterprise itself still files as before', async () => {
    at('2026-11-26T09:30:00')
    const call = await invokeOk(demands, 'file', { ...need, enterpriseId: ids.firm, channel: 'phone' }, as.worker)
    expect(call.onBehalf).toMatchObject({ channel: 'phone', channelLabel: '来电', visitId: null })
    const walkIn = await invokeOk(
      demands,
      'file',
      {
        ...need,
        title: '来访咨询研发费用加计扣除',
        category: 'consultation',
        enterpriseId: ids.firm,
        channel: 'walk_in',
      },
      as.worker,
    )
    expect(walkIn.onBehalf.channelLabel).toBe('来访')
    const own = await invokeOk(demands, 'file', { ...need, enterpriseId: ids.firm }, as.liaison)
    expect(own.onBehalf).toBeNull()
    expect(own.timeline[0]).toMatchObject({ kind: 'filed', label: '企业点单' })
  })

  test('bad input: Chinese errors, nothing written', async () => {
    at('2026-11-26T10:00:00')
    const before = await counts()
    const cases: [string, unknown, string, string, string][] = [
      // a visit to an enterprise outside the 社工's community
      [
        'saveVisit',
        { enterpriseId: ids.firm, status: 'done', date: '2026-11-26', met: '张建国', findings: '了解用工情况' },
        as.chengtanWorker,
        'FORBIDDEN',
        '只能走访本社区的企业',
      ],
      // a visit dated in the future
      [
        'saveVisit',
        { enterpriseId: ids.firm, status: 'done', date: '2026-11-27', met: '张建国', findings: '了解用工情况' },
        as.worker,
        'BAD_REQUEST',
        '走访日期不能晚于今天（2026-11-26）',
      ],
      // a plan for a day gone by
      [
        'saveVisit',
        { enterpriseId: ids.firm, status: 'planned', date: '2026-11-20' },
        as.worker,
        'BAD_REQUEST',
        '计划走访日期不能早于今天',
      ],
      // a recorded visit without whom they met
      [
        'saveVisit',
        { enterpriseId: ids.firm, status: 'done', date: '2026-11-26', findings: '了解用工情况' },
        as.worker,
        'BAD_REQUEST',
        '请填写见到的人',
      ],
      // a 代报 demand without the enterprise
      ['file', { ...need, channel: 'phone' }, as.worker, 'BAD_REQUEST', '请选择企业（代报诉求必须选定企业）'],
      // a 社工 filing as if they were the enterprise
      ['file', { ...need, enterpriseId: ids.firm }, as.worker, 'BAD_REQUEST', '代企业提交请选择来源'],
      // 代报 for an enterprise of another community
      [
        'file',
        { ...need, enterpriseId: ids.firm, channel: 'phone' },
        as.chengtanWorker,
        'FORBIDDEN',
        '只能为本社区的企业代报诉求',
      ],
      // someone with no enterprise and no community to serve
      [
        'file',
        { ...need, enterpriseId: ids.firm, channel: 'phone' },
        as.stranger,
        'FORBIDDEN',
        '只能以你联络的企业提交诉求',
      ],
      // a visit 代报 without its visit
      [
        'file',
        { ...need, enterpriseId: ids.firm, channel: 'visit' },
        as.worker,
        'BAD_REQUEST',
        '走访代报请从走访记录提交',
      ],
      // a liaison choosing a 代报 channel
      [
        'file',
        { ...need, enterpriseId: ids.firm, channel: 'walk_in' },
        as.liaison,
        'BAD_REQUEST',
        '企业联络员直接提交',
      ],
      // two responsible 社工 for a grid: handing over from someone who no longer holds it
      [
        'handoverGrid',
        { gridId: ids.grid1, fromSocialWorkerId: ids.liaison, toSocialWorkerId: ids.worker },
        as.admin,
        'CONFLICT',
        '一个网格同一时间只能有一位负责社工',
      ],
    ]
    for (const [action, input, token, code, message] of cases) {
      const r = await invoke(action === 'handoverGrid' ? admin : demands, action, input, token)
      expect({ action, ok: r.ok, code: r.ok ? null : r.code }).toEqual({ action, ok: false, code })
      expect(r.ok ? '' : r.message).toContain(message)
    }
    expect(await counts()).toEqual(before)
  })

  test('coverage: per grid, visited this quarter of all; the ones not visited for 90 days first', async () => {
    at('2026-11-23T10:00:00')
    // A community of its own, so the figures are exactly the test's.
    const c = await ctx.db
      .insertInto('communities')
      .values({ code: 'T-VISITS', name: '走访测试社区', district: '北仑区', street: '大碶街道', lng: 121.8, lat: 29.9 })
      .returning('id')
      .executeTakeFirstOrThrow()
    const worker = await personWith(ctx.db, 'social_worker', { communityId: c.id }, '社工 覆盖测试')
    const grid = await ctx.db
      .insertInto('grids')
      .values({ community_id: c.id, name: '一网格', social_worker_id: worker.id })
      .returning('id')
      .executeTakeFirstOrThrow()
    const firm = async (name: string, n: number) =>
      (
        await ctx.db
          .insertInto('enterprises')
          .values({
            name,
            credit_code: exampleCreditCode(`91330206MT${String(n).padStart(6, '0')}`),
            community_id: c.id,
            grid_id: grid.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id
    const [a, b, cc, never] = [
      await firm('甲企业', 1),
      await firm('乙企业', 2),
      await firm('丙企业', 3),
      await firm('丁企业', 4),
    ]
    const visitOn = (enterpriseId: number, date: string) =>
      invokeOk(
        demands,
        'saveVisit',
        { enterpriseId, status: 'done', date, met: '企业负责人', findings: '例行走访，了解生产经营' },
        worker.token,
      )
    await visitOn(a, '2026-11-10') // this quarter
    await visitOn(b, '2026-09-20') // 64 days ago: last quarter, not overdue
    await visitOn(cc, '2026-08-01') // 114 days ago: overdue
    await visitOn(cc, '2026-06-01') // an older one does not count
    await invokeOk(demands, 'saveVisit', { enterpriseId: never, status: 'planned', date: '2026-11-30' }, worker.token)

    const cov = await invokeOk(demands, 'coverage', { communityId: c.id }, worker.token)
    expect(cov).toMatchObject({ quarter: '2026年第4季度', quarterStart: '2026-10-01', more: false })
    expect(cov.grids).toEqual([
      { gridId: grid.id, grid: '一网格', worker: '社工 覆盖测试', enterprises: 4, visitedThisQuarter: 1, overdue: 2 },
    ])
    expect(cov.items.map((i: { enterprise: string }) => i.enterprise)).toEqual(['丁企业', '丙企业', '乙企业', '甲企业'])
    expect(cov.items[0]).toMatchObject({ lastVisitOn: null, daysSince: null, overdue: true, plannedOn: '2026-11-30' })
    expect(cov.items[1]).toMatchObject({ lastVisitOn: '2026-08-01', daysSince: 114, overdue: true })
    expect(cov.items[2]).toMatchObject({ lastVisitOn: '2026-09-20', daysSince: 64, overdue: false })
    // Searching by name (to pick an enterprise for 代报).
    const found = await invokeOk(demands, 'coverage', { communityId: c.id, q: '乙' }, worker.token)
    expect(found.items.map((i: { enterprise: string }) => i.enterprise)).toEqual(['乙企业'])
    // Another community's 社工 does not read it.
    const out = await invoke(demands, 'coverage', { communityId: c.id }, as.chengtanWorker)
    expect(out).toMatchObject({ ok: false, code: 'FORBIDDEN' })

    // The export carries the visits through the one spreadsheet module.
    const csv = await invokeOk(
      demands,
      'exportVisits',
      { communityId: c.id, from: '2026-06-01', to: '2026-11-30', format: 'csv' },
      worker.token,
    )
    expect(csv.rows).toBe(5)
    expect(csv.content).toContain('日期,状态,企业,网格,社工,见到的人,走访发现')
    expect(csv.content).toContain('2026-08-01,已走访,丙企业,一网格,社工 覆盖测试,企业负责人')
  })

  test('党建指导员 passes a demand on (传单) with a note; a community without them flows exactly as before', async () => {
    at('2026-11-27T10:00:00')
    // 灵峰 uses the step: its 党建指导员 hears of a new demand and passes it on to the grid's 社工.
    const d = await invokeOk(demands, 'file', { ...need, enterpriseId: ids.firm }, as.liaison)
    const guideId = await demoId('party_guide')
    const guideTold = await ctx.db
      .selectFrom('notifications')
      .select('kind')
      .where('user_id', '=', guideId)
      .where('event_key', '=', `demand:${d.id}:guide`)
      .execute()
    expect(guideTold).toEqual([{ kind: 'demand_todo' }])
    const seen = await invokeOk(demands, 'detail', { demandId: d.id }, as.guide)
    expect(seen.can).toEqual(['relay'])
    const relayed = await invokeOk(
      demands,
      'relay',
      { demandId: d.id, note: '企业订单急，建议优先对接零工市场' },
      as.guide,
    )
    expect(relayed).toMatchObject({ status: 'filed', holder: '灵峰工业社区第一网格 社工' })
    expect(relayed.timeline.at(-1)).toMatchObject({
      kind: 'relayed',
      label: '党建指导员传单',
      note: '企业订单急，建议优先对接零工市场',
    })
    expect(relayed.can).toEqual([])
    // The grid's 社工 had the filing's to-do; the 传单 brings another with the note.
    const workerTodo = await ctx.db
      .selectFrom('notifications')
      .select(['kind', 'data'])
      .where('user_id', '=', ids.worker)
      .where('event_key', 'like', `demand:${d.id}:event:%`)
      .orderBy('id')
      .execute()
    expect(workerTodo.map((n) => n.kind)).toEqual(['demand_todo', 'demand_todo'])
    expect(JSON.stringify(workerTodo[1].data)).toContain('党建指导员传单：企业订单急')
    expect(await invoke(demands, 'relay', { demandId: d.id, note: '再传一次' }, as.guide)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    })

    // 澄潭 has no 党建指导员: filing tells its 社工 and the enterprise's liaisons only, as before,
    // the timeline starts with 企业点单, and nobody is offered 传单.
    const liaison = await personWith(ctx.db, 'enterprise', { enterpriseId: ids.chengtanFirm }, '澄潭企业联络员')
    const plain = await invokeOk(demands, 'file', { ...need, enterpriseId: ids.chengtanFirm }, liaison.token)
    expect(plain.timeline.map((e: { kind: string }) => e.kind)).toEqual(['filed'])
    expect(plain.onBehalf).toBeNull()
    const roles = await ctx.db
      .selectFrom('notifications as n')
      .innerJoin('user_roles as r', 'r.user_id', 'n.user_id')
      .select(['r.role', 'n.kind'])
      .where('n.event_key', 'like', `demand:${plain.id}:%`)
      .execute()
    expect(roles.every((r) => r.role === 'social_worker' && r.kind === 'demand_todo')).toBe(true)
    const forWorker = await invokeOk(demands, 'detail', { demandId: plain.id }, as.chengtanWorker)
    expect(forWorker.can).not.toContain('relay')
    // A 党建指导员 of another community does not see it.
    expect(await invoke(demands, 'detail', { demandId: plain.id }, as.guide)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
  })

  test('一社工一网格: a handover is dated and signed; a stale or concurrent one is refused; the database holds one', async () => {
    at('2026-11-28T10:00:00')
    const grids = await invokeOk(admin, 'grids', { communityId: ids.lingfeng }, as.admin)
    const g2 = grids.items[1]
    const next = await personWith(ctx.db, 'social_worker', { communityId: ids.lingfeng }, '社工 接任 赵婷')
    const other = await personWith(ctx.db, 'social_worker', { communityId: ids.lingfeng }, '社工 另一位 钱亮')
    const before = await count('grid_handovers')
    // Two admins hand the same grid over at the same moment: exactly one succeeds.
    const results = await Promise.all(
      [next.id, other.id].map((to) =>
        invoke(
          admin,
          'handoverGrid',
          { gridId: g2.id, fromSocialWorkerId: g2.socialWorkerId, toSocialWorkerId: to, note: '岗位调整' },
          as.admin,
        ),
      ),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    const refused = results.find((r) => !r.ok)!
    expect(refused).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect(await count('grid_handovers')).toBe(before + 1)
    const after = await invokeOk(admin, 'grids', { communityId: ids.lingfeng }, as.admin)
    const now2 = after.items[1]
    expect([next.id, other.id]).toContain(now2.socialWorkerId)
    expect(now2.handovers[0]).toMatchObject({ until: null, by: '管理员 孙磊', note: '岗位调整' })
    expect(now2.handovers[0].since).toBe(sh('2026-11-28T10:00:00').toISOString())
    // The database itself refuses a second open period.
    await expect(
      ctx.db
        .insertInto('grid_handovers')
        .values({ grid_id: g2.id, social_worker_id: ids.worker, since: sh('2026-11-28T11:00:00') })
        .execute(),
    ).rejects.toThrow(/grid_handovers_one_responsible/)
    // Warnings: one 社工 holding two grids, a grid with none.
    await invokeOk(
      admin,
      'handoverGrid',
      { gridId: g2.id, fromSocialWorkerId: now2.socialWorkerId, toSocialWorkerId: ids.worker },
      as.admin,
    )
    const g3 = after.items[2]
    await invokeOk(
      admin,
      'handoverGrid',
      { gridId: g3.id, fromSocialWorkerId: g3.socialWorkerId, toSocialWorkerId: null },
      as.admin,
    )
    const warned = await invokeOk(admin, 'grids', { communityId: ids.lingfeng }, as.admin)
    expect(warned.warnings).toEqual([
      `${g3.name}没有负责社工（一社工一网格：请指定一位）`,
      expect.stringContaining('社工 刘敏同时负责 2 个网格'),
    ])
    expect(
      await ctx.db.selectFrom('audit_log').select('action').where('action', '=', 'grid.handover').execute(),
    ).toHaveLength(3)
  })
})
