import { main as user } from '../../cloudfunctions/user/index'
import { hashPassword } from '../../server/auth/password'
import { seedDemo } from '../../server/core/seed'
import { SEEDS } from '../../cloudfunctions/seeds'
import { DEMO_STAFF_PASSWORD } from '../../cloudfunctions/user/seed'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'

describeEachDatabase('user: sign-in and identity', (ctx) => {
  const { demoToken, invoke, invokeOk } = ctx
  withDemoContent(ctx)

  test('seeding twice changes nothing', async () => {
    const before = await ctx.db.selectFrom('users').select('id').execute()
    await seedDemo(ctx.runtime, SEEDS)
    const after = await ctx.db.selectFrom('users').select('id').execute()
    expect(after).toEqual(before)
    const communities = await ctx.db.selectFrom('communities').select('name').execute()
    expect(communities.map((c) => c.name)).toContain('灵峰工业社区')
  })

  test('the sign-in page offers one demo account per role in demo mode', async () => {
    const options = await invokeOk(user, 'signInOptions', {})
    expect(options.demo).toBe(true)
    expect(options.demoAccounts.map((a: any) => a.label)).toEqual([
      '骑手',
      '职工',
      '青创客',
      '企业联络员',
      '专家',
      '社工',
      '部门',
      '管理员',
      '青创导师',
      '人才经纪人',
      '合作银行',
      '党建指导员',
      '实验室人员',
    ])
  })

  test('a demo rider signs in with one tap and 我的 shows who they are, phone masked', async () => {
    const token = await demoToken(user, 'rider')
    const me = await invokeOk(user, 'me', {}, token)
    expect(me).toMatchObject({ role: 'rider', roleLabel: '骑手', displayName: '骑手 王小哥', signInMethod: 'demo' })
    expect(me.phoneMasked).toBe('138****5601')
    expect(me.community.name).toBe('灵峰工业社区')
  })

  test('demo sign-in is refused outside demo mode and in production', async () => {
    delete process.env.LIANSHE_DEMO
    const r = await invoke(user, 'demoLogin', { role: 'admin' })
    expect(r).toMatchObject({ ok: false, code: 'UNAVAILABLE' })
    expect((await invokeOk(user, 'signInOptions', {})).demo).toBe(false)
    process.env.LIANSHE_DEMO = '1'
    process.env.NODE_ENV = 'production'
    try {
      expect(await invoke(user, 'demoLogin', { role: 'admin' })).toMatchObject({ ok: false, code: 'UNAVAILABLE' })
    } finally {
      process.env.NODE_ENV = 'test'
    }
  })

  test('staff sign in with username and password; a wrong password says so without revealing the user', async () => {
    const ok = await invokeOk(user, 'login', { username: 'demo_admin', password: DEMO_STAFF_PASSWORD })
    expect(ok.me.role).toBe('admin')
    expect(ok.me.signInMethod).toBe('password')
    const wrong = await invoke(user, 'login', { username: 'demo_admin', password: 'not-the-password' })
    const nobody = await invoke(user, 'login', { username: 'nobody_here', password: 'not-the-password' })
    expect(wrong).toEqual({ ok: false, code: 'UNAUTHENTICATED', message: '用户名或密码不正确' })
    expect(nobody).toEqual(wrong)
  })

  test('passwords are stored as scrypt hashes, never in clear', async () => {
    const row = await ctx.db
      .selectFrom('users')
      .select('password_hash')
      .where('username', '=', 'demo_admin')
      .executeTakeFirstOrThrow()
    expect(row.password_hash).toMatch(/^scrypt\$16384\$8\$1\$/)
    expect(row.password_hash).not.toContain(DEMO_STAFF_PASSWORD)
    expect(await hashPassword('x12345')).not.toEqual(await hashPassword('x12345'))
  })

  test('a disabled account cannot sign in or keep using its session', async () => {
    const token = await demoToken(user, 'expert')
    await ctx.db.updateTable('users').set({ disabled: true }).where('role', '=', 'expert').execute()
    expect(await invoke(user, 'me', {}, token)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    await ctx.db.updateTable('users').set({ disabled: false }).where('role', '=', 'expert').execute()
  })

  test('sessions expire, and signing out ends the session', async () => {
    const token = await demoToken(user, 'worker')
    await ctx.db
      .updateTable('sessions')
      .set({ expires_at: new Date(ctx.runtime.now().getTime() - 1000) })
      .execute()
    expect(await invoke(user, 'me', {}, token)).toMatchObject({
      ok: false,
      code: 'SESSION_EXPIRED',
      message: '登录已过期，请重新登录',
    })

    const fresh = await demoToken(user, 'worker')
    expect((await invokeOk(user, 'logout', {}, fresh)).signedOut).toBe(true)
    // A signed-out (or never issued) token is nobody: 请先登录, not 登录已过期.
    expect(await invoke(user, 'me', {}, fresh)).toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
      message: '请先登录',
    })
  })

  test('nobody acts as another: a user id in the input is refused as an unknown field', async () => {
    const token = await demoToken(user, 'rider')
    const r = await invoke(user, 'me', { userId: 8 }, token)
    expect(r).toEqual({ ok: false, code: 'BAD_REQUEST', message: '请求含有不允许的字段：userId' })
    // And the session token itself cannot be passed in the body.
    expect(await invoke(user, 'me', { sessionToken: token })).toMatchObject({ ok: false, code: 'BAD_REQUEST' })
  })

  test('staff-only actions refuse other roles (default deny) and serve staff', async () => {
    for (const role of ['rider', 'worker', 'entrepreneur', 'enterprise', 'expert', 'department']) {
      const token = await demoToken(user, role)
      expect(await invoke(user, 'reviewQueue', {}, token)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    }
    expect(await invoke(user, 'reviewQueue', {})).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    const sw = await demoToken(user, 'social_worker')
    expect(await invokeOk(user, 'reviewQueue', {}, sw)).toEqual({ items: expect.any(Array) })
    // A social worker sees their own community only.
    const other = await ctx.db
      .selectFrom('communities')
      .select('id')
      .where('code', '=', 'BL-DAGANG')
      .executeTakeFirstOrThrow()
    expect(await invoke(user, 'reviewQueue', { communityId: other.id }, sw)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: '只能查看本社区的人员和申请',
    })
  })
})
