import { main as user } from '../../cloudfunctions/user/index'
import { passwordProblem } from '../../server/auth/password-policy'
import type { Runtime } from '../../server/core/runtime'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'

const NOW = new Date('2026-11-23T02:00:00Z')
// Each sign-up and each refused guess costs a real scrypt hash: generous timeouts for a busy machine.
jest.setTimeout(60_000)

describeEachDatabase('H5 sign-up with phone and password, sign-in, changing the password', (ctx) => {
  withDemoContent(ctx)
  /** As the gateway calls: the client's address (and a session) in the context, never in the body. */
  const call = (action: string, input: unknown, o: { address?: string; token?: string } = {}) =>
    user(
      { action, input },
      { lianshe: { runtime: ctx.runtime as Runtime, clientAddress: o.address ?? '10.9.0.1', sessionToken: o.token } },
    ) as Promise<{ ok: true; data: any } | { ok: false; code: string; message: string }>
  const ok = async (action: string, input: unknown, o: { address?: string; token?: string } = {}) => {
    const r = await call(action, input, o)
    if (!r.ok) throw new Error(`${action}: ${r.code} ${r.message}`)
    return r.data
  }
  const users = async () =>
    Number(
      (
        await ctx.db
          .selectFrom('users')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )

  beforeEach(async () => {
    ctx.setNow(NOW)
    await ctx.db.deleteFrom('sign_in_throttle').execute()
  })
  afterAll(() => ctx.setNow(null))

  test('a new person signs up with a phone, is signed in, and is asked to set up; the phone signs in again', async () => {
    const s = await ok('register', { phone: '13700002001', password: 'hai-bian-qi-shou-7' })
    expect(s.me).toMatchObject({
      signInMethod: 'password',
      onboarded: false,
      roles: [],
      phoneMasked: '137****2001',
      phoneVerified: false,
      username: '13700002001',
      displayName: '用户2001',
    })
    expect((await ok('me', {}, { token: s.token })).id).toBe(s.me.id)
    const row = await ctx.db.selectFrom('users').selectAll().where('id', '=', s.me.id).executeTakeFirstOrThrow()
    expect(row.password_hash).toMatch(/^scrypt\$/)
    expect(row.password_hash).not.toContain('hai-bian')
    const again = await ok('login', { username: '13700002001', password: 'hai-bian-qi-shou-7' })
    expect(again.me.id).toBe(s.me.id)
    expect(await call('register', { phone: '13700002001', password: 'another-good-one-9' })).toEqual({
      ok: false,
      code: 'CONFLICT',
      message: '该手机号已注册，请直接登录',
    })
  })

  test('short, common and guessable passwords are refused in Chinese, and nothing is written', async () => {
    const before = await users()
    const cases: [string, string][] = [
      ['short-9ch', '密码至少 10 个字符'],
      ['password123', '这个密码太常见，容易被猜中，请换一个'],
      ['QWERTYUIOP', '这个密码太常见，容易被猜中，请换一个'],
      ['woaini1314', '这个密码太常见，容易被猜中，请换一个'],
      ['lianshe-demo', '这个密码太常见，容易被猜中，请换一个'],
      ['kkkkkkkkjjjj', '密码由太少的不同字符组成，请换一个'],
      ['x13700002002y', '密码不能包含账号或手机号'],
    ]
    for (const [password, message] of cases) {
      expect(await call('register', { phone: '13700002002', password })).toEqual({
        ok: false,
        code: 'BAD_REQUEST',
        message,
      })
    }
    expect(await call('register', { phone: '1370000', password: 'hai-bian-qi-shou-7' })).toMatchObject({
      ok: false,
      message: '请输入 11 位手机号',
    })
    expect(await users()).toBe(before)
    // The same rules for everyone who sets a password (the admin's one-time passwords too).
    expect(passwordProblem('Lianshe-Demo')).toBe('这个密码太常见，容易被猜中，请换一个')
    expect(passwordProblem('qi-shou-zhan-2026')).toBeNull()
  })

  test('guessing an H5 account’s password is throttled; the right one waits out the window', async () => {
    await ok('register', { phone: '13700002003', password: 'zhan-dian-re-shui-3' })
    const rs = []
    for (let i = 0; i < 6; i++) rs.push(await call('login', { username: '13700002003', password: 'wrong-guess-' + i }))
    expect(rs.map((r) => (r.ok ? 'ok' : r.code))).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED'])
    expect(await call('login', { username: '13700002003', password: 'zhan-dian-re-shui-3' })).toEqual({
      ok: false,
      code: 'RATE_LIMITED',
      message: '该账号登录失败次数过多，请 15 分钟后（2026-11-23 10:15 后）再试',
    })
    ctx.setNow(new Date(NOW.getTime() + 15 * 60_000))
    expect((await call('login', { username: '13700002003', password: 'zhan-dian-re-shui-3' })).ok).toBe(true)
  })

  test('trying phone after phone from one address to find who is registered is throttled there', async () => {
    for (let i = 0; i < 30; i++)
      await call('register', { phone: '13700002001', password: `probe-password-${i}` }, { address: '10.9.9.9' })
    expect(
      await call('register', { phone: '13700002001', password: 'probe-password-x' }, { address: '10.9.9.9' }),
    ).toMatchObject({
      ok: false,
      code: 'RATE_LIMITED',
    })
    // Another address, and the owner of that phone, are unaffected.
    expect(
      (await call('login', { username: '13700002001', password: 'hai-bian-qi-shou-7' }, { address: '10.9.0.2' })).ok,
    ).toBe(true)
  })

  test('changing the password: the current one is checked, the new one must pass the rules, other sessions end', async () => {
    const s = await ok('register', { phone: '13700002004', password: 'lao-mi-ma-4-abc' })
    const other = await ok('login', { username: '13700002004', password: 'lao-mi-ma-4-abc' }, { address: '10.9.0.3' })
    expect(
      await call('changePassword', { current: 'not-it-at-all', next: 'xin-mi-ma-4-xyz' }, { token: s.token }),
    ).toEqual({
      ok: false,
      code: 'UNAUTHENTICATED',
      message: '当前密码不正确',
    })
    expect(
      await call('changePassword', { current: 'lao-mi-ma-4-abc', next: '1234567890' }, { token: s.token }),
    ).toMatchObject({
      ok: false,
      message: '这个密码太常见，容易被猜中，请换一个',
    })
    const done = await ok('changePassword', { current: 'lao-mi-ma-4-abc', next: 'xin-mi-ma-4-xyz' }, { token: s.token })
    expect(done).toMatchObject({ changed: true, me: { mustChangePassword: false } })
    expect((await ok('me', {}, { token: s.token })).id).toBe(s.me.id)
    expect(await call('me', {}, { token: other.token })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    expect((await call('login', { username: '13700002004', password: 'lao-mi-ma-4-abc' })).ok).toBe(false)
    expect((await call('login', { username: '13700002004', password: 'xin-mi-ma-4-xyz' })).ok).toBe(true)
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', String(s.me.id))
      .execute()
    expect(audit.map((a) => a.action)).toContain('user.password')
  })

  test('a deleted H5 account: its phone signs in as nobody and can sign up afresh', async () => {
    const s = await ok('register', { phone: '13700002005', password: 'yao-zou-le-5-abc' })
    await ok('deleteAccount', { confirm: '注销' }, { token: s.token })
    expect(await call('login', { username: '13700002005', password: 'yao-zou-le-5-abc' })).toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
    })
    const fresh = await ok('register', { phone: '13700002005', password: 'hui-lai-le-5-xyz' })
    expect(fresh.me.id).not.toBe(s.me.id)
  })
})
