import { main as canteen } from '../../cloudfunctions/canteen/index'
import { main as policies } from '../../cloudfunctions/policies/index'
import { main as user } from '../../cloudfunctions/user/index'
import { createFirstAdmin } from '../../server/people/first-admin'
import { describeEachDatabase } from '../helpers/databases'

// First use that tells people where they are (issue 21 §2): before first use a role's action says
// what to do next (选择所在社区和身份), not 你没有权限; a one-time password says 请先修改初始密码
// before any role check.
describeEachDatabase('first use: refusals that say where to go', (ctx) => {
  const { invoke, invokeOk, invokeWx } = ctx
  beforeAll(() => ctx.setNow(new Date('2026-11-23T09:00:00+08:00')))
  afterAll(() => ctx.setNow(null))

  test('someone signed in with no community or role is sent to first use; after it, a role they lack is forbidden', async () => {
    // A new WeChat user (created by their first call) and a new H5 sign-up.
    await invokeWx(user, 'me', {}, 'openid-first-use')
    expect(await invokeWx(user, 'reviewQueue', {}, 'openid-first-use')).toEqual({
      ok: false,
      code: 'ONBOARDING_REQUIRED',
      message: '请先选择所在社区和身份',
    })
    const h5 = await ctx.signUp(user, '13700004001', '小周')
    expect(await invoke(policies, 'mentorDesk', {}, h5.token)).toMatchObject({ code: 'ONBOARDING_REQUIRED' })
    // Actions open to anyone signed in still answer.
    expect((await invoke(canteen, 'riderStatus', {}, h5.token)).ok).toBe(true)

    const community = await ctx.db
      .insertInto('communities')
      .values({ code: 'T-FU', name: '试点工业社区', district: '北仑区', lng: 121.8, lat: 29.9 })
      .returning('id')
      .executeTakeFirstOrThrow()
    await invokeOk(user, 'onboard', { communityId: community.id, roles: ['worker'] }, h5.token)
    expect(await invoke(user, 'reviewQueue', {}, h5.token)).toEqual({
      ok: false,
      code: 'FORBIDDEN',
      message: '你没有权限进行此操作',
    })
  })

  test('a one-time password is asked to be changed before any role check', async () => {
    const first = await createFirstAdmin(ctx.runtime, { username: 'ops_first', displayName: '张管理员' })
    const s = await invokeOk(user, 'login', { username: 'ops_first', password: first.oneTimePassword })
    // The admin holds no mentor role; the one-time password comes first all the same.
    expect(await invoke(policies, 'mentorDesk', {}, s.token)).toEqual({
      ok: false,
      code: 'PASSWORD_CHANGE_REQUIRED',
      message: '请先修改初始密码',
    })
    await invokeOk(user, 'changePassword', { current: first.oneTimePassword, next: 'lian-she-zhen-de-7' }, s.token)
    const again = await invokeOk(user, 'login', { username: 'ops_first', password: 'lian-she-zhen-de-7' })
    expect(await invoke(policies, 'mentorDesk', {}, again.token)).toMatchObject({ code: 'FORBIDDEN' })
  })
})
