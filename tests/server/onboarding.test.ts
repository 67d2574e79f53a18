import { main as user } from '../../cloudfunctions/user/index'
import { exampleCreditCode } from '../../cloudfunctions/community/seed-accounts'
import { exchangePhoneCode } from '../../cloudfunctions/user/domain/wechat-phone'
import { inTransaction } from '../../server/core/tx'
import { grantRole } from '../../server/people/grants'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'

const sh = (local: string) => new Date(`${local}+08:00`)

describeEachDatabase('accounts: first use, roles asked for, profile and phone', (ctx) => {
  const { invoke, invokeOk, invokeWx } = ctx
  withDemoContent(ctx)
  let jinchuang: { id: number; lng: number; lat: number }
  let lingfeng: number
  let n = 0
  const newOpenid = () => `o-test-onboarding-${ctx.label}-${++n}`
  const wx = async (action: string, input: unknown, openid: string) => {
    const r = await invokeWx(user, action, input, openid)
    if (!r.ok) throw new Error(`${action} failed: ${r.code} ${r.message}`)
    return r.data
  }
  const userRow = (openid: string) =>
    ctx.db.selectFrom('users').selectAll().where('openid', '=', openid).executeTakeFirstOrThrow()

  beforeAll(async () => {
    ctx.setNow(sh('2026-11-23T10:00:00'))
    jinchuang = await ctx.db
      .selectFrom('communities')
      .select(['id', 'lng', 'lat'])
      .where('code', '=', 'BL-JINCHUANG')
      .executeTakeFirstOrThrow()
    lingfeng = (
      await ctx.db.selectFrom('communities').select('id').where('code', '=', 'BL-LINGFENG').executeTakeFirstOrThrow()
    ).id
  })
  afterAll(() => ctx.setNow(null))

  test('a new WeChat user starts with no role and no community, and is asked to set up', async () => {
    const openid = newOpenid()
    const me = await wx('me', {}, openid)
    expect(me).toMatchObject({ onboarded: false, roles: [], community: null, roleLabel: '未开通身份' })
  })

  test('someone an admin has already granted a role (a staff account) is not asked what they are', async () => {
    const openid = newOpenid()
    const me = await wx('me', {}, openid)
    await inTransaction(ctx.runtime, (tx) =>
      grantRole(tx, { userId: me.id, role: 'social_worker', communityId: lingfeng }, null),
    )
    expect(await wx('me', {}, openid)).toMatchObject({ onboarded: true, roleLabel: '社工' })
  })

  test('communities are offered nearest first when the phone gives a position', async () => {
    const near = await invokeOk(user, 'communities', { lng: jinchuang.lng + 0.001, lat: jinchuang.lat })
    expect(near.items[0]).toMatchObject({ id: jinchuang.id, name: '金创工业社区' })
    expect(near.items[0].distanceKm).toBeLessThan(1)
    const distances = near.items.map((c: { distanceKm: number }) => c.distanceKm)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    const plain = await invokeOk(user, 'communities', {})
    expect(plain.items.every((c: { distanceKm: null }) => c.distanceKm === null)).toBe(true)
    expect(plain.items.length).toBe(near.items.length)
  })

  test('a rider and young entrepreneur is granted both at once; the move from nowhere is history', async () => {
    const openid = newOpenid()
    const r = await wx(
      'onboard',
      { communityId: jinchuang.id, roles: ['rider', 'entrepreneur'], birthYear: 1998, company: '阿杰跑腿工作室' },
      openid,
    )
    expect(r.outcomes.map((o: { label: string; status: string }) => `${o.label}:${o.status}`)).toEqual([
      '骑手:granted',
      '青创客:granted',
    ])
    expect(r.me).toMatchObject({ onboarded: true, role: 'rider', birthYear: 1998, community: { name: '金创工业社区' } })
    expect(r.me.roles.map((g: { label: string }) => g.label)).toEqual(['骑手', '青创客'])
    const u = await userRow(openid)
    const moves = await ctx.db.selectFrom('community_moves').selectAll().where('user_id', '=', u.id).execute()
    expect(moves).toMatchObject([{ from_community_id: null, to_community_id: jinchuang.id }])
    const grant = await ctx.db
      .selectFrom('user_roles')
      .select('details')
      .where('user_id', '=', u.id)
      .where('role', '=', 'entrepreneur')
      .executeTakeFirstOrThrow()
    expect(grant.details).toEqual({ company: '阿杰跑腿工作室' })

    // Set up once: a second onboarding is refused; more roles go through 我的身份.
    const again = await invokeWx(user, 'onboard', { communityId: lingfeng, roles: ['worker'] }, openid)
    expect(again).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect((await userRow(openid)).community_id).toBe(jinchuang.id)
  })

  test('bad first-use input is refused in Chinese and writes nothing', async () => {
    const openid = newOpenid()
    await wx('me', {}, openid)
    const code = exampleCreditCode('91330206MA2H9K9K')
    const wrongCheck = code.slice(0, 17) + (code[17] === '0' ? '1' : '0')
    const cases: [unknown, string, string][] = [
      [{ communityId: jinchuang.id, roles: ['rider', 'rider'] }, 'BAD_REQUEST', '同一身份只能选择一次'],
      [{ communityId: jinchuang.id, roles: [] }, 'BAD_REQUEST', '请至少选择一种身份'],
      [{ communityId: jinchuang.id, roles: ['social_worker'] }, 'BAD_REQUEST', '取值无效'],
      [
        { communityId: jinchuang.id, roles: ['worker', 'entrepreneur'], birthYear: 1980 },
        'BAD_REQUEST',
        '青创客限 35 周岁及以下（按出生年份计算，你今年 46 岁）',
      ],
      [{ communityId: jinchuang.id, roles: ['entrepreneur'] }, 'BAD_REQUEST', '青创客需填写出生年份'],
      [
        {
          communityId: jinchuang.id,
          roles: ['worker', 'enterprise'],
          enterprise: { name: '宁波某某科技有限公司', creditCode: wrongCheck },
        },
        'BAD_REQUEST',
        '统一社会信用代码校验位不正确，请核对',
      ],
      [
        {
          communityId: jinchuang.id,
          roles: ['enterprise'],
          enterprise: { name: '宁波某某科技有限公司', creditCode: '12345' },
        },
        'BAD_REQUEST',
        '统一社会信用代码应为 18 位',
      ],
      [{ communityId: jinchuang.id, roles: ['expert'] }, 'BAD_REQUEST', '专家需填写研究领域、所在单位和职称'],
      [
        {
          communityId: jinchuang.id,
          roles: ['worker'],
          expert: { field: '材料', institution: '宁波大学', title: '教授' },
        },
        'BAD_REQUEST',
        '填写了专家信息，但没有选择专家',
      ],
      [{ communityId: 999999, roles: ['worker'] }, 'NOT_FOUND', '没有这个社区'],
    ]
    for (const [input, code, message] of cases) {
      const r = await invokeWx(user, 'onboard', input, openid)
      expect(r).toMatchObject({ ok: false, code })
      expect(r.ok || r.message).toContain(message)
    }
    // Nothing half-written: still to be set up, no grant, no application, no move, no birth year.
    const u = await userRow(openid)
    expect(u).toMatchObject({ onboarded_at: null, community_id: null, birth_year: null })
    for (const table of ['user_roles', 'role_applications', 'community_moves'] as const) {
      const rows = await ctx.db.selectFrom(table).select('id').where('user_id', '=', u.id).execute()
      expect(rows).toEqual([])
    }
  })

  test('a role asked twice is refused: one already held, or one still under review', async () => {
    const openid = newOpenid()
    await wx(
      'onboard',
      {
        communityId: lingfeng,
        roles: ['worker', 'expert'],
        expert: { field: '智能制造', institution: '宁波工程学院', title: '副教授' },
      },
      openid,
    )
    const held = await invokeWx(user, 'requestRoles', { roles: ['worker'] }, openid)
    expect(held).toEqual({ ok: false, code: 'CONFLICT', message: '你已是职工，无需重复申请' })
    const pending = await invokeWx(
      user,
      'requestRoles',
      { roles: ['expert'], expert: { field: '材料', institution: '宁波大学', title: '教授' } },
      openid,
    )
    expect(pending).toEqual({ ok: false, code: 'CONFLICT', message: '你的专家申请正在审核中，请耐心等待' })
    // A new role is fine.
    const rider = await wx('requestRoles', { roles: ['rider'] }, openid)
    expect(rider.outcomes).toMatchObject([{ role: 'rider', status: 'granted' }])
    const mine = await wx('myRoles', {}, openid)
    expect(mine.held.map((g: { label: string }) => g.label)).toEqual(['职工', '骑手'])
    expect(mine.applications).toMatchObject([
      {
        label: '专家',
        status: 'pending',
        community: '灵峰工业社区',
        facts: [{ label: '研究领域', value: '智能制造' }, {}, {}],
      },
    ])
    // Withdrawn, it can be asked again.
    await wx('withdrawApplication', { applicationId: mine.applications[0].id }, openid)
    const again = await wx(
      'requestRoles',
      { roles: ['expert'], expert: { field: '材料', institution: '宁波大学', title: '教授' } },
      openid,
    )
    expect(again.outcomes[0]).toMatchObject({ status: 'pending', note: '已提交，等待灵峰工业社区社工审核' })
  })

  test('someone else cannot withdraw my application', async () => {
    const a = newOpenid()
    const b = newOpenid()
    await wx(
      'onboard',
      { communityId: lingfeng, roles: ['expert'], expert: { field: '材料', institution: '宁波大学', title: '教授' } },
      a,
    )
    await wx('onboard', { communityId: lingfeng, roles: ['worker'] }, b)
    const [app] = (await wx('myRoles', {}, a)).applications
    expect(await invokeWx(user, 'withdrawApplication', { applicationId: app.id }, b)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
  })

  test('name and avatar: a small JPEG data URL is kept, anything else is refused', async () => {
    const openid = newOpenid()
    await wx('onboard', { communityId: lingfeng, roles: ['worker'] }, openid)
    const avatar = `data:image/jpeg;base64,${Buffer.alloc(3000, 7).toString('base64')}`
    const me = await wx('updateProfile', { displayName: '李小梅', avatar }, openid)
    expect(me).toMatchObject({ displayName: '李小梅', avatar })
    const huge = `data:image/jpeg;base64,${Buffer.alloc(60_000, 7).toString('base64')}`
    expect(await invokeWx(user, 'updateProfile', { avatar: huge }, openid)).toMatchObject({
      ok: false,
      message: '头像图片太大，请换一张',
    })
    expect(await invokeWx(user, 'updateProfile', { avatar: 'https://example.com/a.jpg' }, openid)).toMatchObject({
      ok: false,
      message: '头像格式不正确',
    })
    expect(await invokeWx(user, 'updateProfile', {}, openid)).toMatchObject({ ok: false, message: '没有要修改的内容' })
    expect((await wx('updateProfile', { avatar: null }, openid)).avatar).toBeNull()
  })

  test('a typed phone is validated, kept unverified and shown masked; a WeChat code needs WeChat', async () => {
    const openid = newOpenid()
    await wx('onboard', { communityId: lingfeng, roles: ['worker'] }, openid)
    expect(await invokeWx(user, 'bindPhone', { phone: '1381234' }, openid)).toMatchObject({
      ok: false,
      message: '请输入 11 位手机号',
    })
    expect(await invokeWx(user, 'bindPhone', {}, openid)).toMatchObject({
      ok: false,
      message: '请输入手机号，或使用微信手机号快速验证',
    })
    const me = await wx('bindPhone', { phone: '13912345678' }, openid)
    expect(me).toMatchObject({ phoneMasked: '139****5678', phoneVerified: false })
    expect((await userRow(openid)).phone).toBe('13912345678')
    // Outside WeChat's cloud there is no WeChat to exchange a code with.
    expect(await invokeWx(user, 'bindPhone', { code: 'e31968a7f94cc5ee' }, openid)).toEqual({
      ok: false,
      code: 'BAD_REQUEST',
      message: '微信手机号快速验证仅在微信小程序中可用，请直接输入手机号',
    })
  })

  test('the getPhoneNumber exchange sends only the code and reads the verified mainland number', async () => {
    const sent: unknown[] = []
    const openapi = (answer: unknown) => ({
      phonenumber: {
        getPhoneNumber: async (req: unknown) => {
          sent.push(req)
          if (answer instanceof Error) throw answer
          return answer
        },
      },
    })
    const ok = {
      errCode: 0,
      errMsg: 'openapi.phonenumber.getPhoneNumber:ok',
      phoneInfo: { phoneNumber: '13912345678', purePhoneNumber: '13912345678', countryCode: '86' },
    }
    expect(await exchangePhoneCode('code-1', openapi(ok))).toBe('13912345678')
    expect(sent).toEqual([{ code: 'code-1' }])
    await expect(
      exchangePhoneCode('used', openapi(Object.assign(new Error('invalid code'), { errCode: 40029 }))),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: '手机号授权已失效，请重新点击获取手机号' })
    await expect(
      exchangePhoneCode('hk', openapi({ errCode: 0, phoneInfo: { purePhoneNumber: '51234567', countryCode: '852' } })),
    ).rejects.toMatchObject({ message: '目前仅支持中国大陆手机号' })
  })

  test('signed-out callers cannot set up an account', async () => {
    expect(await invoke(user, 'onboard', { communityId: lingfeng, roles: ['worker'] })).toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
    })
  })
})
