import { main as activities } from '../../cloudfunctions/activities/index'
import { main as canteen } from '../../cloudfunctions/canteen/index'
import { main as community } from '../../cloudfunctions/community/index'
import { main as user } from '../../cloudfunctions/user/index'
import { LAST_ADMIN } from '../../cloudfunctions/user/domain/delete-account'
import { DISABLED_MESSAGE } from '../../server/core/define-function'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'
import { signedInUsers } from '../helpers/people'

const sh = (local: string) => new Date(`${local}+08:00`)
const MON = '2026-11-23'

describeEachDatabase('accounts: moving, downloading my data, deleting the account, disabled accounts', (ctx) => {
  const { invoke, invokeOk, invokeWx, demoToken } = ctx
  withDemoContent(ctx)
  const ids: Record<string, number> = {}
  let n = 0
  const newOpenid = () => `o-test-lifecycle-${ctx.label}-${++n}`
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
  const idOf = async (openid: string) =>
    (await ctx.db.selectFrom('users').select('id').where('openid', '=', openid).executeTakeFirstOrThrow()).id

  beforeAll(async () => {
    ctx.setNow(sh(`${MON}T10:00:00`))
    for (const c of await ctx.db.selectFrom('communities').select(['id', 'code']).execute()) ids[c.code] = c.id
  })
  afterAll(() => ctx.setNow(null))

  test("a waiting rider verification moves with its rider to the new community's 社工 (canteen's listener)", async () => {
    const openid = newOpenid()
    await wx(user, 'onboard', { communityId: ids['BL-DAGANG'], roles: ['rider'] }, openid)
    await wx(user, 'bindPhone', { phone: '13900003333' }, openid)
    await wx(canteen, 'applyRider', { platform: 'eleme', riderNo: 'ELE20261205' }, openid)
    const lingfengWorker = await demoToken(user, 'social_worker')
    const riderItems = async () =>
      (await invokeOk(user, 'reviewQueue', {}, lingfengWorker)).items.filter(
        (i: { kind: string; facts: { value: string }[] }) =>
          i.kind === 'rider' && i.facts.some((f) => f.value.endsWith('1205')),
      )
    expect(await riderItems()).toHaveLength(0)
    const moved = await wx(user, 'changeCommunity', { communityId: ids['BL-LINGFENG'] }, openid)
    expect(moved).toMatchObject({ movedApplications: 1 })
    expect(await riderItems()).toHaveLength(1)
  })

  test('a move between parks is history and audited; waiting applications follow, staff grants do not', async () => {
    const openid = newOpenid()
    await wx(
      user,
      'onboard',
      {
        communityId: ids['BL-LINGFENG'],
        roles: ['worker', 'expert'],
        expert: { field: '模具设计', institution: '宁波职业技术学院（示例）', title: '讲师' },
      },
      openid,
    )
    const moved = await wx(user, 'changeCommunity', { communityId: ids['BL-DAGANG'] }, openid)
    expect(moved).toMatchObject({ movedApplications: 1, me: { community: { name: '大港工业社区' } } })
    expect((await wx(user, 'myRoles', {}, openid)).applications[0].community).toBe('大港工业社区')
    const id = await idOf(openid)
    const history = await ctx.db
      .selectFrom('community_moves')
      .select(['from_community_id', 'to_community_id'])
      .where('user_id', '=', id)
      .orderBy('id')
      .execute()
    expect(history).toEqual([
      { from_community_id: null, to_community_id: ids['BL-LINGFENG'] },
      { from_community_id: ids['BL-LINGFENG'], to_community_id: ids['BL-DAGANG'] },
    ])
    const entries = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'before', 'after'])
      .where('subject_type', '=', 'user')
      .where('subject_id', '=', String(id))
      .where('action', '=', 'user.move')
      .orderBy('id')
      .execute()
    expect(entries[1]).toEqual({
      action: 'user.move',
      actor_id: id,
      before: { communityId: ids['BL-LINGFENG'] },
      after: { communityId: ids['BL-DAGANG'], movedApplications: 1 },
    })
    expect(await invokeWx(user, 'changeCommunity', { communityId: ids['BL-DAGANG'] }, openid)).toEqual({
      ok: false,
      code: 'BAD_REQUEST',
      message: '你已在大港工业社区',
    })

    // The demo 社工 moves house: still 灵峰's social worker (an admin changes staff grants).
    const sw = await demoToken(user, 'social_worker')
    const r = await invokeOk(user, 'changeCommunity', { communityId: ids['XC-CHENGTAN'] }, sw)
    expect(r.me.community.name).toBe('澄潭智能装备产业社区')
    expect(r.me.roles).toContainEqual({
      role: 'social_worker',
      label: '社工',
      scope: '灵峰工业社区',
      communityId: ids['BL-LINGFENG'],
    })
    await invokeOk(user, 'changeCommunity', { communityId: ids['BL-LINGFENG'] }, sw)
  })

  test('下载我的数据: everything about me in full, other people masked', async () => {
    const openid = newOpenid()
    await wx(
      user,
      'onboard',
      {
        communityId: ids['BL-LINGFENG'],
        roles: ['rider', 'expert'],
        expert: { field: '机器人', institution: '宁波大学（示例）', title: '副教授' },
      },
      openid,
    )
    await wx(user, 'bindPhone', { phone: '13900002222' }, openid)
    await wx(canteen, 'applyRider', { platform: 'meituan', riderNo: 'MT556677' }, openid)
    const sw = await demoToken(user, 'social_worker')
    const [app] = (await invokeOk(user, 'reviewQueue', {}, sw)).items.filter(
      (i: { kind: string; facts: { value: string }[] }) => i.kind === 'expert' && i.facts[0].value === '机器人',
    )
    await invokeOk(user, 'reviewApplication', { applicationId: app.id, approve: false, reason: '请补充聘书' }, sw)

    const file = await wx(user, 'myData', {}, openid)
    expect(file.fileName).toBe('lianshe-my-data-20261123.json')
    const data = JSON.parse(file.json)
    expect(data.profile).toMatchObject({ phone: '13900002222', community: '灵峰工业社区', wechatBound: true })
    expect(data.roles.map((r: { role: string }) => r.role)).toEqual(['骑手'])
    expect(data.applications[0]).toMatchObject({
      role: '专家',
      status: 'rejected',
      reason: '请补充聘书',
      asked: [{ label: '研究领域', value: '机器人' }, {}, {}],
    })
    // The reviewer is someone else: not named in full.
    expect(data.applications[0].reviewer).not.toContain('刘敏')
    expect(data.riderVerifications[0]).toMatchObject({ platform: '美团', riderNo: 'MT556677', status: 'pending' })
    expect(data.communityMoves).toEqual([{ from: null, to: '灵峰工业社区', movedAt: expect.anything() }])
    for (const key of ['canteenBookings', 'activityRegistrations', 'stationRatings', 'stationReports', 'messages'])
      expect(data).toHaveProperty(key)
    expect(
      data.messages.length +
        (
          await ctx.db
            .selectFrom('notifications')
            .select('id')
            .where('user_id', '=', await idOf(openid))
            .execute()
        ).length,
    ).toBeGreaterThan(0)
  })

  test('deleting the account: personal data gone, bookings kept anonymous with the seat count unchanged', async () => {
    const openid = newOpenid()
    await wx(
      user,
      'onboard',
      { communityId: ids['BL-JINCHUANG'], roles: ['rider', 'entrepreneur'], birthYear: 1999, company: '阿杰工作室' },
      openid,
    )
    await wx(
      user,
      'updateProfile',
      { displayName: '王阿杰', avatar: `data:image/jpeg;base64,${'A'.repeat(400)}` },
      openid,
    )
    await wx(user, 'bindPhone', { phone: '13900003333' }, openid)
    await wx(canteen, 'applyRider', { platform: 'sf', riderNo: 'SF778899' }, openid)
    const taibai = (await wx(canteen, 'list', {}, openid)).items.find(
      (c: { name: string }) => c.name === '太白社区延时餐厅',
    )
    const booking = await wx(canteen, 'book', { canteenId: taibai.id, date: MON, start: '12:00' }, openid)
    expect(booking.status).toBe('confirmed')
    // A youth class, answering its question, while its registration is open.
    const night = await ctx.db
      .selectFrom('activities')
      .selectAll()
      .where('title', '=', '青年夜校·短视频剪辑')
      .executeTakeFirstOrThrow()
    ctx.setNow(new Date(new Date(night.registration_opens_at).getTime() + 60_000))
    const reg = await wx(activities, 'signUp', { activityId: night.id, answers: { level: '零基础' } }, openid)
    ctx.setNow(sh(`${MON}T10:05:00`))
    const slots = async () =>
      ctx.db
        .selectFrom('slots')
        .innerJoin('reservations as r', 'r.slot_id', 'slots.id')
        .select(['slots.id', 'slots.taken', 'r.id as rid', 'r.status', 'r.seats', 'r.details'])
        .where('r.id', 'in', [booking.id, reg.id])
        .orderBy('slots.id')
        .execute()
    const before = await slots()
    expect(before).toHaveLength(2)

    const preview = await wx(user, 'deletionPreview', {}, openid)
    expect(preview.blockedBy).toBeNull()
    expect(preview.upcoming).toBe(2)
    expect(preview.goes).toContain('微信身份（OPENID）、账号和密码，所有登录状态')
    expect(preview.goes).toContain('骑手认证：骑手编号、照片和认证状态（待审的申请撤回）')
    expect(preview.stays).toContain('订餐预约（座位数与统计不变，不再关联到你）')

    expect(await invokeWx(user, 'deleteAccount', { confirm: '删除' }, openid)).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      message: '请输入“注销”以确认',
    })
    const id = await idOf(openid)
    expect(await wx(user, 'deleteAccount', { confirm: '注销' }, openid)).toEqual({ deleted: true })

    const row = await ctx.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
    expect(row).toMatchObject({
      display_name: '已注销用户',
      phone: null,
      avatar: null,
      openid: null,
      username: null,
      password_hash: null,
      birth_year: null,
      rider_verified_at: null,
      community_id: null,
    })
    expect(row.deleted_at).not.toBeNull()
    const live = await ctx.db
      .selectFrom('user_roles')
      .select(['role', 'details'])
      .where('user_id', '=', id)
      .where('revoked_at', 'is', null)
      .execute()
    expect(live).toEqual([])
    const grantDetails = await ctx.db.selectFrom('user_roles').select('details').where('user_id', '=', id).execute()
    expect(grantDetails.every((g) => JSON.stringify(g.details) === '{}')).toBe(true)
    const revokes = await ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_type', '=', 'user')
      .where('subject_id', '=', String(id))
      .execute()
    expect(revokes.map((r) => r.action)).toEqual(expect.arrayContaining(['role.revoke', 'user.delete']))
    expect(
      JSON.stringify(
        await ctx.db.selectFrom('audit_log').select(['before', 'after']).where('subject_id', '=', String(id)).execute(),
      ),
    ).not.toContain('阿杰工作室')
    const verification = await ctx.db
      .selectFrom('rider_verifications')
      .select(['rider_no', 'photo', 'status', 'reason'])
      .where('user_id', '=', id)
      .executeTakeFirstOrThrow()
    expect(verification).toEqual({ rider_no: '', photo: null, status: 'rejected', reason: '申请人已注销账号' })

    // The booking stays, as nobody's: the same seat taken, the answers gone. The upcoming
    // registration is cancelled (the core's accountDeleted event): its seat goes to the waitlist.
    const after = await slots()
    expect(after.map((s) => [s.id, s.taken, s.status, s.seats])).toEqual(
      before.map((s) =>
        Number(s.rid) === reg.id ? [s.id, s.taken - s.seats, 'cancelled', s.seats] : [s.id, s.taken, s.status, s.seats],
      ),
    )
    for (const s of after) expect(JSON.stringify(s.details)).not.toContain('零基础')
    expect(await ctx.db.selectFrom('inbox').select('id').where('user_id', '=', id).execute()).toEqual([])
    expect(await ctx.db.selectFrom('notifications').select('id').where('user_id', '=', id).execute()).toEqual([])

    // The same WeChat user coming back is a stranger: a fresh account, to be set up.
    const again = await wx(user, 'me', {}, openid)
    expect(again.id).not.toBe(id)
    expect(again).toMatchObject({ onboarded: false, roles: [], phoneMasked: null, displayName: '微信用户' })
  })

  test('a deleted account’s old session signs in as nobody', async () => {
    const [p] = await signedInUsers(ctx.db, 1, 'worker', ids['BL-LINGFENG'])
    expect(await invokeOk(user, 'deleteAccount', { confirm: '注销' }, p.token)).toEqual({ deleted: true })
    expect(await invoke(user, 'me', {}, p.token)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    expect(await ctx.db.selectFrom('sessions').select('token_hash').where('user_id', '=', p.id).execute()).toEqual([])
  })

  test('the last admin cannot delete themselves; nothing changes', async () => {
    const admin = await demoToken(user, 'admin')
    expect((await invokeOk(user, 'deletionPreview', {}, admin)).blockedBy).toBe(LAST_ADMIN)
    expect(await invoke(user, 'deleteAccount', { confirm: '注销' }, admin)).toEqual({
      ok: false,
      code: 'CONFLICT',
      message: LAST_ADMIN,
    })
    const me = await invokeOk(user, 'me', {}, admin)
    expect(me).toMatchObject({ role: 'admin', displayName: '管理员 孙磊' })
  })

  test('a disabled account’s old session and OPENID are refused in words; public pages still open', async () => {
    const [p] = await signedInUsers(ctx.db, 1, 'worker', ids['BL-LINGFENG'])
    const openid = newOpenid()
    await wx(user, 'onboard', { communityId: ids['BL-LINGFENG'], roles: ['worker'] }, openid)
    // What the admin's 停用 does (admin side): the flag on the account.
    await ctx.db
      .updateTable('users')
      .set({ disabled: true })
      .where('id', 'in', [p.id, await idOf(openid)])
      .execute()
    const refused = { ok: false, code: 'FORBIDDEN', message: DISABLED_MESSAGE }
    expect(await invoke(user, 'me', {}, p.token)).toEqual(refused)
    expect(await invokeWx(user, 'me', {}, openid)).toEqual(refused)
    expect(await invokeWx(user, 'requestRoles', { roles: ['rider'] }, openid)).toEqual(refused)
    expect(await invoke(canteen, 'myBookings', {}, p.token)).toEqual(refused)
    // The OPENID is not taken for a new person either: the same account, still refused.
    expect(await ctx.db.selectFrom('users').select('id').where('openid', '=', openid).execute()).toHaveLength(1)
    expect((await invokeWx(community, 'home', {}, openid)).ok).toBe(true)
  })
})
