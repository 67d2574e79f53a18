import { main as admin } from '../../cloudfunctions/admin/index'
import { main as canteen } from '../../cloudfunctions/canteen/index'
import { main as user } from '../../cloudfunctions/user/index'
import { exampleCreditCode } from '../../cloudfunctions/community/seed-accounts'
import { DEMO_STAFF_PASSWORD } from '../../cloudfunctions/user/seed'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'
import { signedInUsers } from '../helpers/people'

const sh = (local: string) => new Date(`${local}+08:00`)
const MON = '2026-11-23'
const TUE = '2026-11-24'

describeEachDatabase('accounts: a social worker reviews their community’s applications', (ctx) => {
  const { invoke, invokeOk, invokeWx, demoToken } = ctx
  withDemoContent(ctx)
  const ids: Record<string, number> = {}
  let lingfengWorker: string // the demo 社工: social worker of 灵峰
  let taibaiWorker: string // social worker of 太白社区 (its canteen)
  let dagangWorker: string // a social worker of 大港
  let n = 0
  const newOpenid = () => `o-test-reviews-${ctx.label}-${++n}`
  const wx = async (
    fn: (event: unknown, context?: unknown) => Promise<unknown>,
    action: string,
    input: unknown,
    openid: string,
  ) => {
    const r = await invokeWx(fn, action, input, openid)
    if (!r.ok) throw new Error(`${action} failed: ${r.code} ${r.message}`)
    return r.data
  }
  const auditOf = (subjectType: string, subjectId: number) =>
    ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('subject_type', '=', subjectType)
      .where('subject_id', '=', String(subjectId))
      .orderBy('id')
      .execute()
  // What the applicant is told: queued in the review's transaction (the outbox).
  const inboxOf = async (openid: string) => {
    const u = await ctx.db.selectFrom('users').select('id').where('openid', '=', openid).executeTakeFirstOrThrow()
    return ctx.db
      .selectFrom('notifications')
      .select(['kind', 'data'])
      .where('user_id', '=', u.id)
      .orderBy('id')
      .execute()
  }

  beforeAll(async () => {
    ctx.setNow(sh(`${MON}T10:00:00`))
    for (const c of await ctx.db.selectFrom('communities').select(['id', 'code']).execute()) ids[c.code] = c.id
    lingfengWorker = await demoToken(user, 'social_worker')
    taibaiWorker = (await invokeOk(user, 'login', { username: 'demo_shegong_taibai', password: DEMO_STAFF_PASSWORD }))
      .token
    ;[{ token: dagangWorker }] = await signedInUsers(ctx.db, 1, 'social_worker', ids['BL-DAGANG'])
  })
  afterAll(() => ctx.setNow(null))

  test('enterprise liaison: a new enterprise is recorded in the community, the grant is scoped to it, all audited', async () => {
    const openid = newOpenid()
    const creditCode = exampleCreditCode('91330206MA2HQK7P')
    await wx(
      user,
      'onboard',
      {
        communityId: ids['BL-LINGFENG'],
        roles: ['worker', 'enterprise'],
        enterprise: { name: '宁波示例新材料有限公司', creditCode: creditCode.toLowerCase() },
      },
      openid,
    )
    await wx(user, 'updateProfile', { displayName: '张企联' }, openid)
    await wx(user, 'bindPhone', { phone: '13700001111' }, openid)

    // Only 灵峰's social worker sees it; 大港's neither sees it nor may review it.
    const queue = (await invokeOk(user, 'reviewQueue', {}, lingfengWorker)).items
    const item = queue.find(
      (i: { kind: string; facts: { value: string }[] }) => i.kind === 'enterprise' && i.facts[1].value === creditCode,
    )
    expect(item).toMatchObject({
      label: '企业联络员',
      applicant: '张企联',
      phoneMasked: '137****1111',
      community: '灵峰工业社区',
      facts: [
        { label: '企业名称', value: '宁波示例新材料有限公司' },
        { label: '统一社会信用代码', value: creditCode },
      ],
      warning: '新企业：通过后将在本社区建档',
    })
    // The 社工 picks the grid the new enterprise belongs to.
    expect(item.grids.length).toBeGreaterThan(0)
    expect((await invokeOk(user, 'reviewQueue', {}, dagangWorker)).items).toEqual([])
    expect(await invoke(user, 'reviewQueue', { communityId: ids['BL-LINGFENG'] }, dagangWorker)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(await invoke(user, 'reviewApplication', { applicationId: item.id, approve: true }, dagangWorker)).toEqual({
      ok: false,
      code: 'FORBIDDEN',
      message: '只能审核本社区的申请',
    })
    // A worker cannot review at all.
    expect(await invokeWx(user, 'reviewApplication', { applicationId: item.id, approve: true }, openid)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(await auditOf('role_application', item.id)).toEqual([])

    const reviewed = await invokeOk(
      user,
      'reviewApplication',
      { applicationId: item.id, approve: true, gridId: item.grids[0].id },
      lingfengWorker,
    )
    expect(reviewed).toMatchObject({ status: 'approved', label: '企业联络员' })
    const enterprise = await ctx.db
      .selectFrom('enterprises')
      .selectAll()
      .where('credit_code', '=', creditCode)
      .executeTakeFirstOrThrow()
    expect(enterprise).toMatchObject({
      name: '宁波示例新材料有限公司',
      community_id: ids['BL-LINGFENG'],
      grid_id: item.grids[0].id,
    })
    expect(enterprise.verified_at).not.toBeNull()
    const me = await wx(user, 'me', {}, openid)
    expect(me.roles).toContainEqual({
      role: 'enterprise',
      label: '企业联络员',
      scope: '宁波示例新材料有限公司',
      communityId: null,
    })

    const [entry] = await auditOf('role_application', item.id)
    const reviewer = await invokeOk(user, 'me', {}, lingfengWorker)
    expect(entry).toMatchObject({
      actor_id: reviewer.id,
      action: 'application.approve',
      community_id: ids['BL-LINGFENG'],
      before: { status: 'pending', role: 'enterprise' },
      after: { status: 'approved', enterpriseId: enterprise.id },
    })
    const applicantId = me.id
    const grants = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('subject_type', '=', 'user')
      .where('subject_id', '=', String(applicantId))
      .where('action', '=', 'role.grant')
      .execute()
    expect(grants).toContainEqual({ action: 'role.grant', actor_id: reviewer.id })
    expect(await inboxOf(openid)).toContainEqual({
      kind: 'role_application_reviewed',
      data: { role: '企业联络员', approved: true, reason: '' },
    })
    // Reviewed once.
    expect(
      await invoke(
        user,
        'reviewApplication',
        { applicationId: item.id, approve: false, reason: '重复' },
        lingfengWorker,
      ),
    ).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    })
  })

  test('a liaison of an enterprise on record is confirmed by its own community and linked to it, not duplicated', async () => {
    const known = await ctx.db
      .selectFrom('enterprises')
      .select(['id', 'credit_code', 'community_id'])
      .where('name', '=', '新昌澄潭智能装备有限公司（示例）')
      .executeTakeFirstOrThrow()
    const openid = newOpenid()
    const r = await wx(
      user,
      'onboard',
      {
        communityId: ids['BL-LINGFENG'],
        roles: ['enterprise'],
        enterprise: { name: '澄潭智能装备', creditCode: known.credit_code },
      },
      openid,
    )
    expect(r.outcomes[0]).toMatchObject({ status: 'pending', note: '已提交，等待澄潭智能装备产业社区社工审核' })
    expect(r.me.roleLabel).toBe('未开通身份')
    // Not 灵峰's to review.
    const lingfengQueue = (await invokeOk(user, 'reviewQueue', {}, lingfengWorker)).items
    expect(lingfengQueue.some((i: { facts: { value: string }[] }) => i.facts[1]?.value === known.credit_code)).toBe(
      false,
    )
    const [chengtanWorker] = await signedInUsers(ctx.db, 1, 'social_worker', known.community_id)
    const [item] = (await invokeOk(user, 'reviewQueue', {}, chengtanWorker.token)).items
    expect(item.warning).toBe('该信用代码已登记为「新昌澄潭智能装备有限公司（示例）」，通过后关联到该企业')
    const before = await ctx.db.selectFrom('enterprises').select('id').execute()
    await invokeOk(
      user,
      'reviewApplication',
      { applicationId: item.id, approve: true, ...(item.grids?.length ? { gridId: item.grids[0].id } : {}) },
      chengtanWorker.token,
    )
    expect(await ctx.db.selectFrom('enterprises').select('id').execute()).toHaveLength(before.length)
    const me = await wx(user, 'me', {}, openid)
    expect(me).toMatchObject({ role: 'enterprise', roleLabel: '企业联络员' })
    expect(me.roles).toEqual([
      { role: 'enterprise', label: '企业联络员', scope: '新昌澄潭智能装备有限公司（示例）', communityId: null },
    ])
  })

  test('expert: rejected with a reason the applicant reads, asked again, approved with the field kept', async () => {
    const openid = newOpenid()
    const expert = { field: '高分子材料', institution: '宁波材料所（示例）', title: '研究员' }
    await wx(user, 'onboard', { communityId: ids['BL-LINGFENG'], roles: ['worker', 'expert'], expert }, openid)
    const find = async () =>
      (await invokeOk(user, 'reviewQueue', {}, lingfengWorker)).items.find(
        (i: { kind: string; facts: { value: string }[] }) => i.kind === 'expert' && i.facts[0].value === '高分子材料',
      )
    const first = await find()
    expect(
      await invoke(user, 'reviewApplication', { applicationId: first.id, approve: false }, lingfengWorker),
    ).toEqual({ ok: false, code: 'BAD_REQUEST', message: '驳回时请填写原因，申请人会看到' })
    await invokeOk(
      user,
      'reviewApplication',
      { applicationId: first.id, approve: false, reason: '请补充单位证明' },
      lingfengWorker,
    )
    const mine = await wx(user, 'myRoles', {}, openid)
    expect(mine.applications[0]).toMatchObject({ status: 'rejected', reason: '请补充单位证明' })
    expect(mine.held.map((g: { role: string }) => g.role)).toEqual(['worker'])
    expect(await inboxOf(openid)).toContainEqual({
      kind: 'role_application_reviewed',
      data: { role: '专家', approved: false, reason: '请补充单位证明' },
    })
    expect((await auditOf('role_application', first.id))[0]).toMatchObject({
      action: 'application.reject',
      before: { status: 'pending' },
      after: { status: 'rejected', reason: '请补充单位证明' },
    })

    await wx(user, 'requestRoles', { roles: ['expert'], expert }, openid)
    const second = await find()
    expect(second.id).not.toBe(first.id)
    await invokeOk(user, 'reviewApplication', { applicationId: second.id, approve: true }, lingfengWorker)
    const u = await ctx.db.selectFrom('users').select('id').where('openid', '=', openid).executeTakeFirstOrThrow()
    const grant = await ctx.db
      .selectFrom('user_roles')
      .select('details')
      .where('user_id', '=', u.id)
      .where('role', '=', 'expert')
      .where('revoked_at', 'is', null)
      .executeTakeFirstOrThrow()
    expect(grant.details).toEqual(expert)
    expect((await auditOf('role_application', second.id))[0]).toMatchObject({ action: 'application.approve' })
  })

  test('rider through onboarding: picks 太白社区, applies, 太白’s social worker approves, books 太白 at 6.8折', async () => {
    const openid = newOpenid()
    await wx(user, 'onboard', { communityId: ids['BL-TAIBAI'], roles: ['rider'] }, openid)
    await wx(canteen, 'applyRider', { platform: 'eleme', riderNo: 'ELM889900' }, openid)
    expect(await invokeWx(canteen, 'applyRider', { platform: 'eleme', riderNo: 'ELM889900' }, openid)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: '你的认证申请正在审核中，请耐心等待',
    })

    // The demo 社工 serves 灵峰: 太白's rider is not in their queue and not theirs to review.
    const lingfengQueue = (await invokeOk(user, 'reviewQueue', {}, lingfengWorker)).items
    expect(
      lingfengQueue.some(
        (i: { kind: string; facts: { value: string }[] }) => i.kind === 'rider' && i.facts[1].value.endsWith('9900'),
      ),
    ).toBe(false)
    const [item] = (await invokeOk(user, 'reviewQueue', {}, taibaiWorker)).items.filter(
      (i: { kind: string }) => i.kind === 'rider',
    )
    expect(item).toMatchObject({
      label: '骑手认证',
      community: '太白社区',
      facts: [
        { label: '配送平台', value: '饿了么' },
        { label: '骑手编号', value: '*****9900' },
      ],
    })
    expect(await invoke(canteen, 'reviewRider', { verificationId: item.id, approve: true }, lingfengWorker)).toEqual({
      ok: false,
      code: 'FORBIDDEN',
      message: '只能审核本社区骑手的认证',
    })
    await invokeOk(canteen, 'reviewRider', { verificationId: item.id, approve: true }, taibaiWorker)
    const reviewer = await invokeOk(user, 'me', {}, taibaiWorker)
    expect((await auditOf('rider_verification', item.id))[0]).toMatchObject({
      actor_id: reviewer.id,
      action: 'rider.approve',
      community_id: ids['BL-TAIBAI'],
      before: { status: 'pending' },
      after: { status: 'approved' },
    })
    expect((await wx(user, 'myRoles', {}, openid)).rider).toEqual({ verified: true, status: 'approved', reason: null })

    const list = await wx(canteen, 'list', {}, openid)
    const taibai = list.items.find((c: { name: string }) => c.name === '太白社区延时餐厅')
    const day = await wx(canteen, 'availability', { canteenId: taibai.id }, openid)
    const dish = day.canteen.menu[0]
    expect(dish.yourPriceCents).toBe(Math.round(dish.priceCents * 0.68))
    const booking = await wx(
      canteen,
      'book',
      { canteenId: taibai.id, date: MON, start: '12:00', items: [{ itemId: dish.id, qty: 1 }] },
      openid,
    )
    expect(booking).toMatchObject({ riderPrice: true, totalCents: Math.round(dish.priceCents * 0.68) })
  })

  test('a rider follows the verification: when sent, the usual wait, full price meanwhile, the refusal with its reason, resubmitting, the decision', async () => {
    const openid = newOpenid()
    const at = (local: string) => ctx.setNow(sh(local))
    at(`${MON}T10:00:00`)
    await wx(user, 'onboard', { communityId: ids['BL-DAGANG'], roles: ['rider'] }, openid)
    expect(await wx(canteen, 'riderStatus', {}, openid)).toEqual({
      verified: false,
      latest: null,
      wait: null,
      can: { apply: true },
    })
    await wx(canteen, 'applyRider', { platform: 'meituan', riderNo: 'MT556677' }, openid)
    const waiting = await wx(canteen, 'riderStatus', {}, openid)
    // 大港 has no review yet: no figure is made up.
    expect(waiting).toMatchObject({
      verified: false,
      latest: { status: 'pending', createdAt: sh(`${MON}T10:00:00`).toISOString(), reviewedAt: null },
      wait: { typicalHours: null, basedOn: 0 },
      can: { apply: false },
    })
    // Meanwhile the canteen takes the booking at the full price.
    const list = await wx(canteen, 'list', {}, openid)
    expect(list.riderVerified).toBe(false)

    // 大港's 社工 refuses at 14:00, saying why: the rider reads it and may send again.
    at(`${MON}T14:00:00`)
    const [item] = (await invokeOk(user, 'reviewQueue', {}, dagangWorker)).items.filter(
      (i: { kind: string; facts: { value: string }[] }) => i.kind === 'rider' && i.facts[1].value.endsWith('6677'),
    )
    await invokeOk(
      canteen,
      'reviewRider',
      { verificationId: item.id, approve: false, reason: '截图看不清骑手编号' },
      dagangWorker,
    )
    expect(await wx(canteen, 'riderStatus', {}, openid)).toMatchObject({
      verified: false,
      latest: { status: 'rejected', reason: '截图看不清骑手编号', reviewedAt: sh(`${MON}T14:00:00`).toISOString() },
      wait: null,
      can: { apply: true },
    })
    expect((await inboxOf(openid)).at(-1)).toMatchObject({
      kind: 'rider_verification',
      data: { approved: false, reason: '截图看不清骑手编号' },
    })

    // Sent again the next morning: the usual wait is now 大港's own (one review, 4 hours).
    at(`${TUE}T09:00:00`)
    await wx(canteen, 'applyRider', { platform: 'meituan', riderNo: 'MT556677' }, openid)
    expect(await wx(canteen, 'riderStatus', {}, openid)).toMatchObject({
      latest: { status: 'pending' },
      wait: { typicalHours: 4, basedOn: 1 },
      can: { apply: false },
    })
    at(`${TUE}T09:30:00`)
    const [again] = (await invokeOk(user, 'reviewQueue', {}, dagangWorker)).items.filter(
      (i: { kind: string; facts: { value: string }[] }) => i.kind === 'rider' && i.facts[1].value.endsWith('6677'),
    )
    await invokeOk(canteen, 'reviewRider', { verificationId: again.id, approve: true }, dagangWorker)
    expect(await wx(canteen, 'riderStatus', {}, openid)).toMatchObject({
      verified: true,
      latest: { status: 'approved', reviewedAt: sh(`${TUE}T09:30:00`).toISOString() },
      can: { apply: false },
    })
    expect((await inboxOf(openid)).at(-1)).toMatchObject({ kind: 'rider_verification', data: { approved: true } })
    at(`${MON}T10:00:00`)
  })

  test('rider verification is for riders: the role comes first', async () => {
    const openid = newOpenid()
    await wx(user, 'me', {}, openid)
    // Not yet a rider, nor anything else: first use comes first (community and role), and says so.
    expect(await invokeWx(canteen, 'applyRider', { platform: 'meituan', riderNo: 'MT1234' }, openid)).toEqual({
      ok: false,
      code: 'ONBOARDING_REQUIRED',
      message: '请先选择所在社区和身份',
    })
    // A worker of a community who is not a rider is refused: the rider role comes first.
    await wx(user, 'onboard', { communityId: ids['BL-LINGFENG'], roles: ['worker'] }, openid)
    expect(await invokeWx(canteen, 'applyRider', { platform: 'meituan', riderNo: 'MT1234' }, openid)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
  })

  test('本社区人员 (the one people list, admin.searchUsers): phones masked, by role and name; another community is refused', async () => {
    const search = (input: Record<string, unknown>, token = lingfengWorker) =>
      invokeOk(admin, 'searchUsers', { communityId: ids['BL-LINGFENG'], pageSize: 100, ...input }, token)
    const people = await search({})
    expect(people.total).toBeGreaterThan(0)
    const liaison = (await search({ q: '张企联' })).items[0]
    expect(liaison).toMatchObject({ phoneMasked: '137****1111', community: '灵峰工业社区' })
    expect(liaison.roles.map((r: { role: string }) => r.role)).toEqual(expect.arrayContaining(['worker', 'enterprise']))
    for (const p of people.items) expect(p.phoneMasked ?? '').not.toMatch(/^\d{11}$/)
    const experts = await search({ role: 'expert' })
    expect(experts.items.length).toBeGreaterThan(0)
    expect(experts.items.every((p: { roles: { role: string }[] }) => p.roles.some((r) => r.role === 'expert'))).toBe(
      true,
    )
    const byName = await search({ q: '企联' })
    expect(byName.items.map((p: { displayName: string }) => p.displayName)).toEqual(['张企联'])
    expect(await invoke(admin, 'searchUsers', { communityId: ids['BL-LINGFENG'] }, dagangWorker)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
  })
})
