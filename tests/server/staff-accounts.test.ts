import { main as admin } from '../../cloudfunctions/admin/index'
import { main as user } from '../../cloudfunctions/user/index'
import { passwordProblem } from '../../server/auth/password-policy'
import { createFirstAdmin } from '../../server/people/first-admin'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'

describe('the password rule (server/auth/password-policy.ts)', () => {
  test('at least 10 characters, not a common password, not the username, not a few characters repeated', () => {
    expect(passwordProblem('short-pw1')).toBe('密码至少 10 个字符')
    expect(passwordProblem('1234567890')).toBe('这个密码太常见，容易被猜中，请换一个')
    expect(passwordProblem('Password123')).toBe('这个密码太常见，容易被猜中，请换一个')
    expect(passwordProblem('woaini1314')).toBe('这个密码太常见，容易被猜中，请换一个')
    expect(passwordProblem('zzzzzzzzzzzz')).toBe('密码由太少的不同字符组成，请换一个')
    expect(passwordProblem('zhao_keting-2026', { username: 'zhao_keting' })).toBe('密码不能包含账号或手机号')
    expect(passwordProblem('灵峰社区服务中心值班表')).toBeNull()
    expect(passwordProblem('tide-lantern-47')).toBeNull()
  })
})

describeEachDatabase('staff accounts: one-time passwords, first sign-in, disable, reset', (ctx) => {
  const { demoToken, invoke, invokeOk } = ctx
  withDemoContent(ctx)
  let adminToken: string
  let rsj: number
  let lingfeng: number

  const signIn = (username: string, password: string) => invoke(user, 'login', { username, password })
  const auditActions = async (userId: number) =>
    (
      await ctx.db
        .selectFrom('audit_log')
        .select('action')
        .where('subject_type', '=', 'user')
        .where('subject_id', '=', String(userId))
        .orderBy('id')
        .execute()
    ).map((a) => a.action)

  beforeAll(async () => {
    adminToken = await demoToken(user, 'admin')
    rsj = (await ctx.db.selectFrom('departments').select('id').where('code', '=', 'BL-RSJ').executeTakeFirstOrThrow())
      .id
    lingfeng = (
      await ctx.db.selectFrom('communities').select('id').where('code', '=', 'BL-LINGFENG').executeTakeFirstOrThrow()
    ).id
  })

  test('an admin creates a department account; its holder must change the one-time password before anything else', async () => {
    const created = await invokeOk(
      admin,
      'createStaff',
      { username: 'RSJ_Wang', displayName: '王科员', phone: '13955550001', role: 'department', departmentId: rsj },
      adminToken,
    )
    expect(created.username).toBe('rsj_wang')
    expect(created.oneTimePassword).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/)
    const row = await ctx.db.selectFrom('users').selectAll().where('id', '=', created.userId).executeTakeFirstOrThrow()
    expect(row.password_hash).not.toContain(created.oneTimePassword)
    expect(row.must_change_password).toBe(true)

    const session = await signIn('rsj_wang', created.oneTimePassword)
    expect(session.ok).toBe(true)
    if (!session.ok) return
    const token = session.data.token
    expect(session.data.me).toMatchObject({
      mustChangePassword: true,
      roles: [{ label: '部门', scope: '北仑区人力资源和社会保障局' }],
    })
    // Everything but "who am I" and the change itself is refused until the password is changed.
    expect(await invoke(admin, 'department', { id: rsj }, token)).toEqual({
      ok: false,
      code: 'PASSWORD_CHANGE_REQUIRED',
      message: '请先修改初始密码',
    })
    expect((await invokeOk(user, 'me', {}, token)).mustChangePassword).toBe(true)

    const change = (currentPassword: string, newPassword: string) =>
      invoke(user, 'changePassword', { current: currentPassword, next: newPassword }, token)
    expect(await change(created.oneTimePassword, 'short')).toMatchObject({
      code: 'BAD_REQUEST',
      message: '密码至少 10 个字符',
    })
    expect(await change(created.oneTimePassword, 'qwertyuiop')).toMatchObject({
      code: 'BAD_REQUEST',
      message: '这个密码太常见，容易被猜中，请换一个',
    })
    expect(await change('not-the-password', 'river-kite-2026')).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: '当前密码不正确',
    })
    expect(
      (
        await ctx.db
          .selectFrom('users')
          .select('must_change_password')
          .where('id', '=', created.userId)
          .executeTakeFirstOrThrow()
      ).must_change_password,
    ).toBe(true)

    const done = await invokeOk(
      user,
      'changePassword',
      { current: created.oneTimePassword, next: 'river-kite-2026' },
      token,
    )
    expect(done.me.mustChangePassword).toBe(false)
    const work = await invokeOk(admin, 'department', { id: rsj }, token)
    expect(work.name).toBe('北仑区人力资源和社会保障局')
    expect(work.members.map((m: { displayName: string }) => m.displayName)).toContain('王科员')
    // The one-time password no longer works; the new one does.
    expect(await signIn('rsj_wang', created.oneTimePassword)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    expect((await signIn('rsj_wang', 'river-kite-2026')).ok).toBe(true)
    expect(await auditActions(created.userId)).toEqual(['role.grant', 'user.create', 'user.password'])
  })

  test('disabling ends every session at once; the account cannot sign in until enabled again', async () => {
    const { userId, oneTimePassword } = await invokeOk(
      admin,
      'createStaff',
      { username: 'lf_broker', displayName: '何经纪', role: 'broker', communityId: lingfeng },
      adminToken,
    )
    const first = await signIn('lf_broker', oneTimePassword)
    const second = await signIn('lf_broker', oneTimePassword)
    if (!first.ok || !second.ok) throw new Error('sign-in failed')
    const r = await invokeOk(admin, 'setDisabled', { userId, disabled: true, reason: '离职' }, adminToken)
    expect(r).toEqual({ disabled: true, sessionsEnded: 2 })
    expect(await invoke(user, 'me', {}, first.data.token)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    expect(await signIn('lf_broker', oneTimePassword)).toEqual({
      ok: false,
      code: 'FORBIDDEN',
      message: '该账号已停用，请联系所在社区社工或管理员',
    })
    await invokeOk(admin, 'setDisabled', { userId, disabled: false }, adminToken)
    expect((await signIn('lf_broker', oneTimePassword)).ok).toBe(true)
    const entries = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'note', 'before', 'after'])
      .where('subject_id', '=', String(userId))
      .where('action', 'in', ['user.disable', 'user.enable'])
      .orderBy('id')
      .execute()
    expect(entries).toEqual([
      { action: 'user.disable', note: '离职', before: { disabled: false }, after: { disabled: true } },
      { action: 'user.enable', note: '', before: { disabled: true }, after: { disabled: false } },
    ])
  })

  test('a signed-in user who gets disabled is told so on their next call (a WeChat user keeps no session)', async () => {
    const token = await demoToken(user, 'mentor')
    const mentor = await ctx.db
      .selectFrom('users')
      .select('id')
      .where('demo', '=', true)
      .where('role', '=', 'mentor')
      .executeTakeFirstOrThrow()
    await ctx.db.updateTable('users').set({ disabled: true }).where('id', '=', mentor.id).execute()
    expect(await invoke(user, 'me', {}, token)).toEqual({
      ok: false,
      code: 'FORBIDDEN',
      message: '该账号已停用，请联系所在社区社工或管理员',
    })
    await ctx.db.updateTable('users').set({ disabled: false }).where('id', '=', mentor.id).execute()
  })

  test('a reset gives a new one-time password, ends the sessions and asks for a change again', async () => {
    const { userId, oneTimePassword } = await invokeOk(
      admin,
      'createStaff',
      { username: 'kjj_li', displayName: '李科员', role: 'department', departmentId: rsj },
      adminToken,
    )
    const s = await signIn('kjj_li', oneTimePassword)
    if (!s.ok) throw new Error('sign-in failed')
    await invokeOk(user, 'changePassword', { current: oneTimePassword, next: 'harbour-light-88' }, s.data.token)
    const reset = await invokeOk(admin, 'resetPassword', { userId }, adminToken)
    expect(reset.oneTimePassword).not.toBe(oneTimePassword)
    expect(await invoke(user, 'me', {}, s.data.token)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    expect(await signIn('kjj_li', 'harbour-light-88')).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    const again = await signIn('kjj_li', reset.oneTimePassword)
    expect(again.ok && again.data.me.mustChangePassword).toBe(true)
    expect(await auditActions(userId)).toContain('user.resetPassword')
    // A WeChat user has no password to reset.
    const rider = await ctx.db
      .selectFrom('users')
      .select('id')
      .where('demo', '=', true)
      .where('role', '=', 'rider')
      .executeTakeFirstOrThrow()
    expect(await invoke(admin, 'resetPassword', { userId: rider.id }, adminToken)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    })
  })

  test('bad staff input is refused in Chinese and writes nothing', async () => {
    const before = await ctx.db.selectFrom('users').select('id').execute()
    const attempts = [
      [{ username: 'sw_nobody', displayName: '无社区', role: 'social_worker' }, '请选择该角色所属的社区'],
      [{ username: 'dp_nobody', displayName: '无部门', role: 'department' }, '请选择该角色所属的部门'],
      [
        { username: 'mentor_x', displayName: '导师', role: 'mentor', communityId: 999 },
        '该角色不按社区授予，请不要选择社区',
      ],
      [{ username: 'demo_admin', displayName: '重名', role: 'admin' }, '用户名 demo_admin 已被使用，请换一个'],
      [
        { username: '9abc', displayName: '坏名', role: 'admin' },
        '用户名应为 3–32 位小写字母、数字或 . _ -，以字母开头',
      ],
    ] as const
    for (const [input, message] of attempts) {
      const r = await invoke(admin, 'createStaff', input, adminToken)
      expect(r).toMatchObject({ ok: false, message })
    }
    expect(await ctx.db.selectFrom('users').select('id').execute()).toEqual(before)
  })

  test('the first admin of a real deployment: created once, refused while an admin exists unless forced', async () => {
    const refused = createFirstAdmin(ctx.runtime, { username: 'root_admin', displayName: '首位管理员' })
    await expect(refused).rejects.toThrow(/已有管理员：demo_admin/)
    const forced = await createFirstAdmin(ctx.runtime, {
      username: 'root_admin',
      displayName: '首位管理员',
      force: true,
    })
    const row = await ctx.db.selectFrom('users').selectAll().where('id', '=', forced.userId).executeTakeFirstOrThrow()
    expect(row).toMatchObject({ username: 'root_admin', must_change_password: true, demo: false })
    const s = await signIn('root_admin', forced.oneTimePassword)
    expect(s.ok && s.data.me.roles).toEqual([{ role: 'admin', label: '管理员', scope: null, communityId: null }])
    expect(await auditActions(forced.userId)).toEqual(['role.grant', 'admin.bootstrap'])
    await expect(
      createFirstAdmin(ctx.runtime, { username: 'root_admin', displayName: '首位管理员', force: true }),
    ).rejects.toThrow('用户名 root_admin 已被使用')
  })
})
