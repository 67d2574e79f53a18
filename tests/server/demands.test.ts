import { main as demands } from '../../cloudfunctions/demands/index'
import { hashToken } from '../../server/auth/sessions'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'
import { lastingToken, personWith } from '../helpers/grants'

// Each test walks a demand through many steps; on a machine shared with other suites 5 s is not enough.
jest.setTimeout(60_000)

// Shanghai wall clock → instant. 2026-11-23 is a Monday, a working day.
const sh = (local: string) => new Date(`${local}+08:00`)
// A WeChat cloud file in its uploader's own folder (contract/files.ts cloudPathFor).
const photo = (
  n: number,
  over: Partial<{ fileId: string; name: string; size: number; mime: string }> = {},
  owner = 0,
) => ({
  fileId: `cloud://env.demo/demands/u${owner}/photo-${n}-${Math.random().toString(36).slice(2)}.jpg`,
  name: `现场照片${n}.jpg`,
  size: 200_000,
  mime: 'image/jpeg',
  ...over,
})

describeEachDatabase('demands: 企呼我应', (ctx) => {
  const { invoke, invokeOk } = ctx
  withDemoContent(ctx)
  const ids = {} as Record<
    'lingfeng' | 'chengtan' | 'grid1' | 'grid2' | 'firm' | 'otherFirm' | 'rsj' | 'kjj' | 'daqi',
    number
  >
  const as = {} as Record<
    'enterprise' | 'otherEnterprise' | 'worker' | 'grid2Worker' | 'rsj' | 'kjj' | 'street' | 'chengtanWorker' | 'admin',
    string
  >
  const at = (local: string) => ctx.setNow(sh(local))
  const count = async (table: 'demands' | 'demand_events' | 'demand_attachments' | 'demand_assignments') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  const fileOne = (token = as.enterprise, over: Record<string, unknown> = {}) =>
    invokeOk(
      demands,
      'file',
      {
        enterpriseId: token === as.otherEnterprise ? ids.otherFirm : ids.firm,
        category: 'hiring',
        urgency: 'normal',
        title: '急招数控操作工 20 名',
        description: '新产线投产，急需数控操作工 20 名，希望社区协调招聘。',
        contactName: '张建国',
        contactPhone: '13812345604',
        ...over,
      },
      token,
    )

  beforeAll(async () => {
    at('2026-11-23T09:00:00')
    const community = (code: string) =>
      ctx.db.selectFrom('communities').select('id').where('code', '=', code).executeTakeFirstOrThrow()
    const dept = (code: string) =>
      ctx.db.selectFrom('departments').select('id').where('code', '=', code).executeTakeFirstOrThrow()
    ids.lingfeng = (await community('BL-LINGFENG')).id
    ids.chengtan = (await community('XC-CHENGTAN')).id
    const grids = await ctx.db
      .selectFrom('grids')
      .select(['id', 'name'])
      .where('community_id', '=', ids.lingfeng)
      .orderBy('id')
      .execute()
    ids.grid1 = grids[0].id
    ids.grid2 = grids[1].id
    ids.rsj = (await dept('BL-RSJ')).id
    ids.kjj = (await dept('BL-KJJ')).id
    ids.daqi = (await dept('BL-DAQI')).id
    const firms = await ctx.db
      .selectFrom('enterprises')
      .select(['id', 'grid_id'])
      .where('community_id', '=', ids.lingfeng)
      .orderBy('id')
      .execute()
    ids.firm = firms[0].id
    ids.otherFirm = firms.find((f) => f.grid_id === ids.grid1 && f.id !== ids.firm)!.id
    const demo = async (role: string) =>
      lastingToken(
        ctx.db,
        (
          await ctx.db
            .selectFrom('users')
            .select('id')
            .where('demo', '=', true)
            .where('role', '=', role as never)
            .executeTakeFirstOrThrow()
        ).id,
      )
    as.enterprise = await demo('enterprise')
    as.worker = await demo('social_worker')
    as.rsj = await demo('department')
    as.admin = await demo('admin')
    as.otherEnterprise = (
      await personWith(ctx.db, 'enterprise', { enterpriseId: ids.otherFirm }, '企业联络员 李四')
    ).token
    as.kjj = (await personWith(ctx.db, 'department', { departmentId: ids.kjj }, '区科技局 钱科员')).token
    as.street = (await personWith(ctx.db, 'department', { departmentId: ids.daqi }, '大碶街道 孙主任')).token
    as.chengtanWorker = (await personWith(ctx.db, 'social_worker', { communityId: ids.chengtan }, '澄潭社工')).token
    // A second social worker of 灵峰 owns its second grid (一社工一网格).
    const grid2 = await personWith(ctx.db, 'social_worker', { communityId: ids.lingfeng }, '社工 第二网格')
    as.grid2Worker = grid2.token
    await ctx.db.updateTable('grids').set({ social_worker_id: grid2.id }).where('id', '=', ids.grid2).execute()
    // 灵峰's street office is linked the way a real deployment links it: by an admin in the app, not by the seed.
    await ctx.db.deleteFrom('demand_street_offices').where('community_id', '=', ids.lingfeng).execute()
    expect(
      await invokeOk(demands, 'setStreetOffice', { communityId: ids.lingfeng, departmentId: ids.daqi }, as.admin),
    ).toEqual({ changed: true })
  })
  afterAll(() => ctx.setNow(null))
  const idOf = async (token: string) =>
    (
      await ctx.db
        .selectFrom('sessions')
        .select('user_id')
        .where('token_hash', '=', hashToken(token))
        .executeTakeFirstOrThrow()
    ).user_id

  test('the full loop: file → dispatch → return → re-dispatch → accept → close → reject → close → confirm → reopen → close → confirm → rate', async () => {
    at('2026-11-23T09:00:00')
    const filed = await fileOne(as.enterprise, { attachments: [photo(1, {}, await idOf(as.enterprise))] })
    expect(filed).toMatchObject({
      status: 'filed',
      statusLabel: '待分派',
      holder: '灵峰工业社区第一网格 社工',
      categoryLabel: '用工',
      // Its own open 用工 demand: the enterprise may turn it into a 零工市场 posting (转为岗位).
      can: ['toPosting'],
    })
    expect(filed.attachments).toEqual([expect.objectContaining({ name: '现场照片1.jpg', image: true })])
    const id = filed.id
    // Normal: 80 working hours = 10 working days from Monday 09:00 → Friday 2026-12-04 17:00.
    expect(filed.dueAt).toBe(sh('2026-12-04T17:00:00').toISOString())

    const seen = await invokeOk(demands, 'detail', { demandId: id }, as.worker)
    expect(seen.can).toEqual(expect.arrayContaining(['dispatch', 'merge', 'solve', 'requestInfo']))
    expect(seen.contactPhone).toBe('13812345604')

    at('2026-11-23T10:00:00')
    const wrong = await invokeOk(
      demands,
      'dispatch',
      { demandId: id, departmentIds: [ids.kjj], deadline: '2026-12-03T17:00:00+08:00', note: '请协助' },
      as.worker,
    )
    expect(wrong).toMatchObject({ status: 'dispatched', holder: '北仑区科学技术局' })
    expect(wrong.dueAt).toBe(sh('2026-12-03T17:00:00').toISOString())
    const kjjInbox = await invokeOk(demands, 'queue', { view: 'department' }, as.kjj)
    expect(kjjInbox.items.map((d: { id: number }) => d.id)).toContain(id)

    at('2026-11-23T11:00:00')
    const returned = await invokeOk(
      demands,
      'returnToCommunity',
      { demandId: id, reason: '招聘不属于科技局职责，建议派人社局' },
      as.kjj,
    )
    expect(returned).toMatchObject({ status: 'filed', holder: '灵峰工业社区第一网格 社工' })
    expect(returned.assignments).toEqual([
      expect.objectContaining({
        department: '北仑区科学技术局',
        status: 'returned',
        reason: '招聘不属于科技局职责，建议派人社局',
      }),
    ])
    // Returned: no longer in the science bureau's inbox.
    expect(
      (await invokeOk(demands, 'queue', { view: 'department' }, as.kjj)).items.map((d: any) => d.id),
    ).not.toContain(id)

    await invokeOk(
      demands,
      'dispatch',
      { demandId: id, departmentIds: [ids.rsj], deadline: '2026-12-03T17:00:00+08:00' },
      as.worker,
    )
    at('2026-11-23T14:00:00')
    const accepted = await invokeOk(demands, 'accept', { demandId: id }, as.rsj)
    expect(accepted).toMatchObject({ status: 'accepted', holder: '北仑区人力资源和社会保障局' })
    expect(accepted.can).toEqual(expect.arrayContaining(['progress', 'proposeClosure', 'requestInfo']))
    await invokeOk(
      demands,
      'progress',
      { demandId: id, note: '已发布岗位信息', attachments: [photo(2, {}, await idOf(as.rsj))] },
      as.rsj,
    )

    // Closing needs a result.
    const noResult = await invoke(demands, 'proposeClosure', { demandId: id, result: '' }, as.rsj)
    expect(noResult).toMatchObject({ ok: false, code: 'BAD_REQUEST', message: expect.stringContaining('办理结果') })

    at('2026-11-25T10:00:00')
    await invokeOk(demands, 'proposeClosure', { demandId: id, result: '已组织专场招聘会，招到 12 人' }, as.rsj)
    const rejected = await invokeOk(
      demands,
      'rejectClosure',
      { demandId: id, reason: '还差 8 人，希望继续协调' },
      as.enterprise,
    )
    expect(rejected).toMatchObject({ status: 'accepted', holder: '北仑区人力资源和社会保障局' })
    at('2026-11-27T10:00:00')
    await invokeOk(demands, 'proposeClosure', { demandId: id, result: '第二场招聘会后 20 人全部到岗' }, as.rsj)
    const closed = await invokeOk(demands, 'confirmClosure', { demandId: id }, as.enterprise)
    expect(closed).toMatchObject({ status: 'closed', holder: '已办结', result: '第二场招聘会后 20 人全部到岗' })
    expect(closed.can).toEqual(expect.arrayContaining(['rate', 'reopen']))

    at('2026-12-01T09:30:00')
    const reopened = await invokeOk(demands, 'reopen', { demandId: id, reason: '新到岗人员流失一半' }, as.enterprise)
    expect(reopened).toMatchObject({ status: 'accepted', holder: '北仑区人力资源和社会保障局', reopenCount: 1 })
    at('2026-12-02T15:00:00')
    await invokeOk(demands, 'proposeClosure', { demandId: id, result: '补招 10 人并做岗前培训' }, as.rsj)
    await invokeOk(demands, 'confirmClosure', { demandId: id }, as.enterprise)
    const rated = await invokeOk(demands, 'rate', { demandId: id, rating: 5, comment: '响应很快' }, as.enterprise)
    expect(rated).toMatchObject({ rating: 5, ratingComment: '响应很快', status: 'closed' })
    expect(rated.can).not.toContain('rate')
    const twice = await invoke(demands, 'rate', { demandId: id, rating: 4 }, as.enterprise)
    expect(twice).toMatchObject({ ok: false, code: 'CONFLICT', message: '已经评价过了，每个诉求只能评价一次' })

    // The timeline tells the whole story, with who held it after each step.
    expect(rated.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'filed',
      'dispatched',
      'returned',
      'dispatched',
      'accepted',
      'progress',
      'closure_proposed',
      'closure_rejected',
      'closure_proposed',
      'closed',
      'reopened',
      'closure_proposed',
      'closed',
      'rated',
    ])
    expect(rated.timeline[2]).toMatchObject({ actor: '北仑区科学技术局', holder: '灵峰工业社区第一网格 社工' })
    expect(rated.timeline[5].attachments).toHaveLength(1)
    // Everything is in the audit log.
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_type', '=', 'demand')
      .where('subject_id', '=', String(id))
      .orderBy('id')
      .execute()
    expect(audit.map((a) => a.action)).toEqual([
      'demand.file',
      'demand.dispatch',
      'demand.return',
      'demand.dispatch',
      'demand.accept',
      'demand.progress',
      'demand.proposeClosure',
      'demand.rejectClosure',
      'demand.proposeClosure',
      'demand.confirmClosure',
      'demand.reopen',
      'demand.proposeClosure',
      'demand.confirmClosure',
      'demand.rate',
    ])
    // Every step told the next holder and the enterprise.
    const told = await ctx.db
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .select(['n.kind', 'u.role', 'n.data'])
      .where('n.event_key', 'like', `demand:${id}:%`)
      .execute()
    const to = (role: string, kind: string) => told.filter((n) => n.role === role && n.kind === kind).length
    expect(to('social_worker', 'demand_todo')).toBeGreaterThanOrEqual(2) // filed, returned
    expect(to('department', 'demand_todo')).toBeGreaterThanOrEqual(3) // dispatched, rejected, reopened
    expect(to('enterprise', 'demand_todo')).toBe(3) // three closures to confirm
    // dispatched, returned, dispatched, accepted, progress (its own steps are not told back to it)
    expect(to('enterprise', 'demand_progress')).toBe(5)
  })

  test('the SLA clock pauses while the enterprise is asked for information and resumes with what was left', async () => {
    at('2026-11-23T09:00:00')
    const d = await fileOne(as.enterprise, { urgency: 'urgent', title: '夜班包装工短缺' })
    // Urgent: 24 working hours = 3 working days → Wednesday 17:00.
    expect(d.dueAt).toBe(sh('2026-11-25T17:00:00').toISOString())
    at('2026-11-23T13:00:00') // 4 working hours used, 20 left
    const asked = await invokeOk(
      demands,
      'requestInfo',
      { demandId: d.id, question: '请补充岗位要求和薪资范围' },
      as.worker,
    )
    expect(asked).toMatchObject({ status: 'info_requested', paused: true, holder: expect.stringContaining('补充材料') })
    expect(asked.can).not.toContain('dispatch')
    const mine = await invokeOk(demands, 'detail', { demandId: d.id }, as.enterprise)
    expect(mine.can).toContain('provideInfo')

    // Days pass; the sweep does not count the paused time.
    at('2026-11-27T09:00:00')
    await ctx.withContext(demands, { trigger: true })({
      Type: 'Timer',
      TriggerName: 'sweep',
      Time: new Date().toISOString(),
    })
    const still = await ctx.db
      .selectFrom('demands')
      .select(['escalated_at'])
      .where('id', '=', d.id)
      .executeTakeFirstOrThrow()
    expect(still.escalated_at).toBeNull()

    at('2026-11-27T10:00:00') // Friday 10:00 + 20 working hours (7 + 8 + 5) → Tuesday 2026-12-01 14:00
    const answered = await invokeOk(
      demands,
      'provideInfo',
      { demandId: d.id, answer: '普工，月薪 6000–7000 元', attachments: [photo(3, {}, await idOf(as.enterprise))] },
      as.enterprise,
    )
    expect(answered).toMatchObject({ status: 'filed', paused: false })
    expect(answered.dueAt).toBe(sh('2026-12-01T14:00:00').toISOString())
    expect(answered.timeline.map((e: { kind: string }) => e.kind)).toEqual(['filed', 'info_requested', 'info_provided'])
  })

  test('possible duplicates: the social worker is told 「可能与 #… 重复」 with what they share; the filer is not', async () => {
    at('2026-11-23T09:00:00')
    const first = await fileOne(as.enterprise, {
      category: 'other',
      title: '明州路灵峰路口雨天积水严重',
      description: '每逢大雨明州路与灵峰路交叉口积水，员工电动车熄火，请协调市政疏通排水管网。',
    })
    const unrelated = await fileOne(as.enterprise, {
      category: 'other',
      title: '明州路路灯不亮',
      description: '明州路往东 300 米有 6 盏路灯坏了，夜班员工下班路上很黑。',
    })
    const again = await fileOne(as.otherEnterprise, {
      category: 'other',
      title: '再次反映：灵峰路口雨天积水',
      description: '明州路灵峰路口大雨后又积水，员工电动车熄火，请尽快疏通排水管网。',
    })
    const seen = await invokeOk(demands, 'detail', { demandId: again.id }, as.worker)
    expect(seen.possibleDuplicates.map((x: { id: number }) => x.id)).toEqual([first.id])
    expect(seen.possibleDuplicates[0].reason).toMatch(new RegExp(`^可能与 #${first.id} 重复：都提到.*积水`))
    expect(seen.possibleDuplicates.map((x: { id: number }) => x.id)).not.toContain(unrelated.id)
    // The enterprise that filed it does not read other enterprises' demands.
    expect((await invokeOk(demands, 'detail', { demandId: again.id }, as.otherEnterprise)).possibleDuplicates).toEqual(
      [],
    )
  })

  test("while filing, a liaison is shown their own open demand like it, and only how many of other enterprises' there are", async () => {
    at('2026-11-23T09:00:00')
    const mine = await fileOne(as.enterprise, {
      category: 'other',
      title: '厂区东门外雨水井堵塞积水',
      description: '东门外雨水井堵塞，大雨后门口积水半米，货车进不来，请协调疏通雨水管道。',
    })
    const theirs = await fileOne(as.otherEnterprise, {
      category: 'other',
      title: '园区东门雨水井积水',
      description: '大雨后东门外雨水井冒水积水，员工进出困难，请疏通雨水管道。',
    })
    const draft = {
      title: '东门外又积水了',
      description: '今天大雨，东门外雨水井又堵塞积水，货车进不来，请再次疏通雨水管道。',
    }
    const forMe = await invokeOk(demands, 'similarOnFile', { enterpriseId: ids.firm, ...draft }, as.enterprise)
    expect(forMe.own.map((x: { id: number }) => x.id)).toEqual([mine.id])
    expect(forMe.own[0]).toMatchObject({ title: mine.title, status: expect.any(String) })
    expect(forMe.own[0].reason).toMatch(new RegExp(`^可能与 #${mine.id} 重复：都提到`))
    expect(forMe.othersInCommunity).toBeGreaterThanOrEqual(1)
    // The other enterprise sees its own demand named, and ours only counted: no title leaks.
    const forThem = await invokeOk(
      demands,
      'similarOnFile',
      { enterpriseId: ids.otherFirm, ...draft },
      as.otherEnterprise,
    )
    expect(forThem.own.map((x: { id: number }) => x.id)).toEqual([theirs.id])
    expect(JSON.stringify(forThem)).not.toContain(mine.title)
    // Nothing alike: nothing shown; asking as another enterprise is refused.
    const unlike = await invokeOk(
      demands,
      'similarOnFile',
      { enterpriseId: ids.firm, title: '申请人才公寓名额', description: '新引进工程师 3 名，想申请人才公寓。' },
      as.enterprise,
    )
    expect(unlike).toEqual({ own: [], othersInCommunity: 0 })
    expect(
      await invoke(demands, 'similarOnFile', { enterpriseId: ids.firm, ...draft }, as.otherEnterprise),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  test('merge: a duplicate joins the open demand; its enterprise follows that one', async () => {
    at('2026-11-23T09:00:00')
    const a = await fileOne(as.enterprise, { category: 'other', title: '厂区门口公交站点设置' })
    const b = await fileOne(as.otherEnterprise, { category: 'other', title: '希望门口增设公交站' })
    const merged = await invokeOk(demands, 'merge', { demandId: b.id, intoId: a.id, note: '同一站点' }, as.worker)
    expect(merged).toMatchObject({ status: 'merged', mergedInto: a.id, holder: `已并入诉求 #${a.id}` })
    const target = await invokeOk(demands, 'detail', { demandId: a.id }, as.otherEnterprise)
    expect(target.timeline.map((e: { kind: string }) => e.kind)).toEqual(['filed', 'merged_in'])
    expect(target.can).toEqual([]) // a follower reads, the filer acts
    // Not across communities, not twice.
    const again = await invoke(demands, 'merge', { demandId: b.id, intoId: a.id }, as.worker)
    expect(again).toMatchObject({ ok: false, code: 'CONFLICT', message: '该诉求当前为「已合并」，不能合并' })
  })

  test('scoping by grid and department; the street office sees overdue ones only', async () => {
    at('2026-11-23T09:00:00')
    const d = await fileOne()
    // A social worker of the other grid sees the community queue but may not act on this one.
    const other = await invoke(
      demands,
      'dispatch',
      { demandId: d.id, departmentIds: [ids.rsj], deadline: '2026-11-30T17:00:00+08:00' },
      as.grid2Worker,
    )
    expect(other).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: '该诉求属于灵峰工业社区第一网格，只有该网格的社工可以处理',
    })
    expect((await invokeOk(demands, 'detail', { demandId: d.id }, as.grid2Worker)).can).toEqual([])
    const community = await invokeOk(demands, 'queue', { view: 'community' }, as.grid2Worker)
    expect(community.items.map((x: { id: number }) => x.id)).toContain(d.id)
    const grid = await invokeOk(demands, 'queue', { view: 'grid' }, as.grid2Worker)
    expect(grid.items.map((x: { id: number }) => x.id)).not.toContain(d.id)
    expect((await invokeOk(demands, 'queue', { view: 'grid' }, as.worker)).items.map((x: any) => x.id)).toContain(d.id)
    // Another community's social worker does not see it at all.
    expect(await invoke(demands, 'detail', { demandId: d.id }, as.chengtanWorker)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })

    await invokeOk(
      demands,
      'dispatch',
      { demandId: d.id, departmentIds: [ids.rsj], deadline: '2026-11-24T17:00:00+08:00' },
      as.worker,
    )
    // The science bureau was not sent this one: it cannot see it, let alone accept it.
    const before = await count('demand_events')
    expect(await invoke(demands, 'accept', { demandId: d.id }, as.kjj)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await count('demand_events')).toBe(before)
    expect(
      (await invokeOk(demands, 'queue', { view: 'department' }, as.kjj)).items.map((x: any) => x.id),
    ).not.toContain(d.id)
    // The enterprise's own list; another enterprise does not see it.
    expect(
      (await invokeOk(demands, 'queue', { view: 'enterprise' }, as.enterprise)).items.map((x: any) => x.id),
    ).toContain(d.id)
    expect(await invoke(demands, 'detail', { demandId: d.id }, as.otherEnterprise)).toMatchObject({ ok: false })

    // The street office: nothing until it is overdue; then escalated to it, in its queue, and it may press.
    expect(await invoke(demands, 'detail', { demandId: d.id }, as.street)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    at('2026-11-24T17:30:00')
    await ctx.db.deleteFrom('notifications').execute()
    const swept = await ctx.withContext(demands, { trigger: true })({
      Type: 'Timer',
      TriggerName: 'sweep',
      Time: '2026-11-24T09:30:00.000Z',
    })
    expect(swept).toMatchObject({ ok: true, data: { ran: true, result: { escalated: expect.any(Number) } } })
    const escalated = await invokeOk(demands, 'queue', { view: 'escalated' }, as.street)
    expect(escalated.items.map((x: { id: number }) => x.id)).toContain(d.id)
    const seen = await invokeOk(demands, 'detail', { demandId: d.id }, as.street)
    expect(seen).toMatchObject({ overdue: true, escalated: true, can: ['urge'] })
    expect(seen.timeline.at(-1)).toMatchObject({
      kind: 'escalated',
      actor: '系统',
      note: expect.stringContaining('大碶街道办事处'),
    })
    const kinds = await ctx.db
      .selectFrom('notifications as n')
      .innerJoin('user_roles as r', 'r.user_id', 'n.user_id')
      .select(['n.kind', 'r.role', 'r.department_id'])
      .where('n.event_key', 'like', `demand:${d.id}:overdue:%`)
      .execute()
    expect(kinds).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'demand_todo', department_id: ids.daqi }),
        expect.objectContaining({ kind: 'demand_overdue', department_id: ids.rsj }),
        expect.objectContaining({ kind: 'demand_progress', role: 'enterprise' }),
      ]),
    )
    const urged = await invokeOk(demands, 'urge', { demandId: d.id, note: '请今天内回复企业' }, as.street)
    expect(urged.timeline.at(-1)).toMatchObject({ kind: 'urged', actor: '大碶街道办事处' })
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['actor_id', 'action'])
      .where('subject_id', '=', String(d.id))
      .where('action', '=', 'demand.escalate')
      .execute()
    expect(audit).toEqual([{ actor_id: null, action: 'demand.escalate' }])
    // Swept once: a second tick finds nothing new for it.
    await ctx.withContext(demands, { trigger: true })({
      Type: 'Timer',
      TriggerName: 'sweep',
      Time: '2026-11-24T09:35:00.000Z',
    })
    expect(
      (
        await ctx.db
          .selectFrom('demand_events')
          .select('id')
          .where('demand_id', '=', d.id)
          .where('kind', '=', 'escalated')
          .execute()
      ).length,
    ).toBe(1)
  })

  test('two departments accepting at once: exactly one holds it', async () => {
    at('2026-11-23T09:00:00')
    const d = await fileOne()
    const sent = await invokeOk(
      demands,
      'dispatch',
      { demandId: d.id, departmentIds: [ids.rsj, ids.kjj], deadline: '2026-12-01T17:00:00+08:00' },
      as.worker,
    )
    expect(sent.holder).toBe('北仑区人力资源和社会保障局（首接）等 2 个部门')
    const [r1, r2] = await Promise.all([
      invoke(demands, 'accept', { demandId: d.id }, as.rsj),
      invoke(demands, 'accept', { demandId: d.id }, as.kjj),
    ])
    const oks = [r1, r2].filter((r) => r.ok)
    const refused = [r1, r2].filter((r) => !r.ok)
    expect(oks).toHaveLength(1)
    expect(refused).toEqual([
      expect.objectContaining({ code: 'CONFLICT', message: expect.stringMatching(/^该诉求已由.+接单$/) }),
    ])
    const rows = await ctx.db
      .selectFrom('demand_assignments')
      .select('status')
      .where('demand_id', '=', d.id)
      .orderBy('status')
      .execute()
    expect(rows.map((r) => r.status)).toEqual(['accepted', 'released'])
    const accepts = await ctx.db
      .selectFrom('demand_events')
      .select('id')
      .where('demand_id', '=', d.id)
      .where('kind', '=', 'accepted')
      .execute()
    expect(accepts).toHaveLength(1)
  })

  test('bad input is refused in Chinese and nothing is half-written', async () => {
    at('2026-11-23T09:00:00')
    const d = await fileOne()
    const before = {
      demands: await count('demands'),
      events: await count('demand_events'),
      files: await count('demand_attachments'),
      dispatches: await count('demand_assignments'),
    }
    const cases: [string, unknown, string, string][] = [
      [
        'file',
        {
          enterpriseId: ids.firm,
          category: 'hiring',
          title: '一个大附件',
          description: '附件超过大小限制的诉求',
          contactName: '张',
          contactPhone: '13812345604',
          attachments: [photo(9, { size: 11 * 1024 * 1024 })],
        },
        as.enterprise,
        '附件不能超过 10 MB',
      ],
      [
        'file',
        {
          enterpriseId: ids.firm,
          category: 'hiring',
          title: '可执行文件附件',
          description: '附件类型不允许的诉求',
          contactName: '张',
          contactPhone: '13812345604',
          attachments: [photo(9, { name: 'setup.exe', mime: 'application/x-msdownload' })],
        },
        as.enterprise,
        '不支持的附件类型：setup.exe',
      ],
      [
        'file',
        {
          enterpriseId: ids.firm,
          category: 'hiring',
          title: '伪造的上传标识',
          description: '上传标识不是真正的上传编号',
          contactName: '张',
          contactPhone: '13812345604',
          // 36 characters of the right alphabet that are no UUID (the fuzz found PostgreSQL refusing the cast)
          attachments: [photo(9, { fileId: `upload:${'-'.repeat(36)}` })],
        },
        as.enterprise,
        '附件标识不正确，请重新上传',
      ],
      [
        'file',
        {
          enterpriseId: ids.otherFirm,
          category: 'hiring',
          title: '替别的企业提交',
          description: '不是本企业联络员提交的诉求',
          contactName: '张',
          contactPhone: '13812345604',
        },
        as.enterprise,
        '只能以你联络的企业提交诉求',
      ],
      [
        'file',
        {
          enterpriseId: ids.firm,
          category: 'hiring',
          title: '电话不对',
          description: '联系电话格式不对的诉求',
          contactName: '张',
          contactPhone: '12345',
        },
        as.enterprise,
        '联系电话应为手机号或座机号',
      ],
      [
        'dispatch',
        { demandId: d.id, departmentIds: [ids.rsj], deadline: '2026-11-20T17:00:00+08:00' },
        as.worker,
        '办理时限不能早于现在',
      ],
      [
        'dispatch',
        { demandId: d.id, departmentIds: [], deadline: '2026-11-30T17:00:00+08:00' },
        as.worker,
        '请选择至少一个承办部门',
      ],
      ['accept', { demandId: d.id }, as.rsj, '诉求不存在或你无权查看'],
      ['proposeClosure', { demandId: d.id, result: '已办' }, as.worker, '办理结果'],
      ['rate', { demandId: d.id, rating: 6 }, as.enterprise, '评分为 1–5 星'],
      ['rate', { demandId: d.id, rating: 5 }, as.enterprise, '该诉求当前为「待分派」，不能评价'],
      ['reopen', { demandId: d.id, reason: '还没办好呢' }, as.enterprise, '该诉求当前为「待分派」，不能退回重办'],
      ['confirmClosure', { demandId: d.id }, as.worker, '只有宁波灵峰精密机械有限公司（示例）的企业联络员可以操作'],
    ]
    for (const [action, input, token, message] of cases) {
      const r = await invoke(demands, action, input, token)
      expect([action, r.ok, !r.ok && r.message]).toEqual([action, false, expect.stringContaining(message)])
    }
    expect({
      demands: await count('demands'),
      events: await count('demand_events'),
      files: await count('demand_attachments'),
      dispatches: await count('demand_assignments'),
    }).toEqual(before)

    // Reopening after 15 days is refused; within 15 days it works.
    const closeIt = async () => {
      const x = await fileOne()
      await invokeOk(demands, 'solve', { demandId: x.id, result: '社区共享员工项目调剂解决' }, as.worker)
      await invokeOk(demands, 'confirmClosure', { demandId: x.id }, as.enterprise)
      return x.id
    }
    const late = await closeIt()
    at('2026-12-09T10:00:00')
    expect(await invoke(demands, 'reopen', { demandId: late, reason: '人又走了' }, as.enterprise)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: '办结已超过 15 天，不能退回重办；如有新问题请重新提交诉求',
    })
    at('2026-11-23T09:00:00')
    const early = await closeIt()
    at('2026-12-07T09:00:00')
    expect(await invokeOk(demands, 'reopen', { demandId: early, reason: '人又走了' }, as.enterprise)).toMatchObject({
      status: 'accepted',
      holder: '灵峰工业社区第一网格 社工',
    })
  })

  test('three lists: a wish with one vote per person, matched to a resource; the wisher is told', async () => {
    at('2026-11-23T09:00:00')
    const worker = await personWith(ctx.db, 'worker', { communityId: ids.chengtan }, '职工 王芳')
    const rider = await personWith(ctx.db, 'rider', { communityId: ids.chengtan }, '骑手 陈师傅')
    const wish = await invokeOk(
      demands,
      'postWish',
      {
        category: 'commute',
        title: '下班回宿舍希望有共享单车',
        description: '晚班下班没有公交，单车停放点太远',
        photos: [photo(7, {}, worker.id)],
      },
      worker.token,
    )
    expect(wish).toMatchObject({
      community: '澄潭智能装备产业社区',
      votes: 0,
      mine: true,
      wisher: '王*',
      status: 'open',
    })
    expect(await invoke(demands, 'vote', { wishId: wish.id }, worker.token)).toMatchObject({
      ok: false,
      message: '这是你自己发布的心愿',
    })
    expect(await invokeOk(demands, 'vote', { wishId: wish.id }, rider.token)).toMatchObject({
      votes: 1,
      votedByMe: true,
    })
    expect(await invoke(demands, 'vote', { wishId: wish.id }, rider.token)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: '你已经点过「我也需要」了',
    })
    // Only the community's social workers match and link.
    expect(await invoke(demands, 'wishMatches', { wishId: wish.id }, as.worker)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    const { items } = await invokeOk(demands, 'wishMatches', { wishId: wish.id }, as.chengtanWorker)
    expect(items[0]).toMatchObject({ title: '共享单车停放点（10 处）', kindLabel: '共享单车点' })
    expect(items[0].reasons).toEqual(expect.arrayContaining(['同类资源', '本社区', expect.stringContaining('单车')]))
    const linked = await invokeOk(
      demands,
      'linkWish',
      { wishId: wish.id, resourceId: items[0].resourceId },
      as.chengtanWorker,
    )
    expect(linked).toMatchObject({ status: 'matched', resource: { title: '共享单车停放点（10 处）' } })
    const told = await ctx.db
      .selectFrom('notifications')
      .select(['kind', 'data'])
      .where('user_id', '=', worker.id)
      .execute()
    expect(told).toEqual([expect.objectContaining({ kind: 'wish_matched' })])
    const lists = await invokeOk(demands, 'lists', { communityId: ids.chengtan }, rider.token)
    expect(lists.openDemands).toBeNull()
    expect(lists.wishes[0]).toMatchObject({ id: wish.id, status: 'matched' })
    expect(lists.resources.map((r: { title: string }) => r.title)).toEqual(
      expect.arrayContaining(['1860青年公社零工市场专场招聘会', '中科院宁波材料所免费专利清单']),
    )
    // A demand's matches: technology finds the free patents and the shared lab, by kind and by words.
    const tech = await fileOne(as.enterprise, {
      category: 'tech',
      title: '模具检测与专利技术需求',
      description: '需要模具检测服务，也想了解可用的免费专利。',
    })
    const m = await invokeOk(demands, 'matches', { demandId: tech.id }, as.worker)
    expect(m.items.map((x: { title: string }) => x.title)).toEqual(
      expect.arrayContaining(['中科院宁波材料所免费专利清单', '高端模具工程技术中心联合攻关']),
    )
    const withResource = await invokeOk(
      demands,
      'linkDemand',
      { demandId: tech.id, resourceId: m.items[0].resourceId },
      as.worker,
    )
    expect(withResource.resource).toMatchObject({ id: m.items[0].resourceId })
    expect(withResource.timeline.at(-1)).toMatchObject({ kind: 'linked' })
  })
  test('an admin links a community to its street office; a department that is not a 街道 is refused and nothing is written', async () => {
    const links = () => ctx.db.selectFrom('demand_street_offices').selectAll().orderBy('community_id').execute()
    const before = await links()
    expect(
      await invoke(demands, 'setStreetOffice', { communityId: ids.lingfeng, departmentId: ids.rsj }, as.admin),
    ).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/^「.+」不是街道办事处，只能关联类型为「街道」的部门$/),
    })
    expect(
      await invoke(demands, 'setStreetOffice', { communityId: ids.lingfeng, departmentId: ids.daqi }, as.worker),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await links()).toEqual(before)
    // Linked already (in beforeAll): saying it again changes nothing; the list shows it.
    expect(
      await invokeOk(demands, 'setStreetOffice', { communityId: ids.lingfeng, departmentId: ids.daqi }, as.admin),
    ).toEqual({ changed: false })
    const shown = await invokeOk(demands, 'streetOffices', {}, as.admin)
    expect(shown.communities.find((c: { id: number }) => c.id === ids.lingfeng).office).toMatchObject({ id: ids.daqi })
    expect(shown.offices.map((o: { id: number }) => o.id)).toContain(ids.daqi)
    const logged = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('action', '=', 'street_office.link')
      .where('community_id', '=', ids.lingfeng)
      .execute()
    expect(logged).toHaveLength(1)
  })

  test('matches never name figures or units as shared words (no 「共同词：00」 from 500 万元)', async () => {
    const money = await fileOne(as.enterprise, {
      category: 'finance',
      title: '设备更新贷款 500 万元',
      description: '购置 2000 万元产线设备，需要 500 万元贷款，利率 3.5%，期限 3 年。',
    })
    const m = await invokeOk(demands, 'matches', { demandId: money.id }, as.worker)
    expect(m.items.length).toBeGreaterThan(0)
    for (const item of m.items as { reasons: string[] }[])
      for (const r of item.reasons.filter((x) => x.startsWith('共同词'))) expect(r).not.toMatch(/\d|万元/)
  })
})
