import { main as user } from '../../cloudfunctions/user/index'
import { passwordProblem } from '../../server/auth/password-policy'
import type { Runtime } from '../../server/core/runtime'
import { smsSenderFromEnvironment } from '../../server/sms/config'
import { tencentSendSmsRequest, tencentSmsResult } from '../../server/sms/tencent'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'

const NOW = new Date('2026-11-23T02:00:00Z')
// Each sign-up and each refused guess costs a real scrypt hash: generous timeouts for a busy machine.
jest.setTimeout(60_000)

describeEachDatabase('H5 sign-up with phone and SMS code, sign-in, changing the password', (ctx) => {
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
    await ctx.db.deleteFrom('sign_up_codes').execute()
  })
  /** The code the recording SMS sender last sent to a phone. */
  const codeSentTo = (phone: string) => ctx.sms.lastTo(phone)?.code
  /** Ask for a code and sign up with it (a password when given). */
  const signUp = async (phone: string, displayName: string, password?: string, o: { address?: string } = {}) => {
    await ok('sendCode', { phone }, o)
    return ok('register', { phone, code: codeSentTo(phone), displayName, ...(password ? { password } : {}) }, o)
  }
  const later = (minutes: number) => ctx.setNow(new Date(NOW.getTime() + minutes * 60_000))
  afterAll(() => ctx.setNow(null))

  test('a stranger signs up with the code sent to the phone and a name; the phone is never their name or shown in full', async () => {
    const sentBefore = ctx.sms.sent.length
    const asked = await ok('sendCode', { phone: '13700002001' })
    expect(asked).toMatchObject({ sentTo: '137****2001', resendAfterSeconds: 60, minutes: 10 })
    // The one text message, to that phone, with a 6-digit code valid 10 minutes.
    expect(ctx.sms.sent.length).toBe(sentBefore + 1)
    const sms = ctx.sms.sent.at(-1)!.message
    expect(sms).toMatchObject({ phone: '13700002001', minutes: 10 })
    expect(sms.code).toMatch(/^\d{6}$/)
    // Demo mode shows the code on screen; the database keeps only its hash.
    expect(asked.demoCode).toBe(sms.code)
    const stored = await ctx.db
      .selectFrom('sign_up_codes')
      .selectAll()
      .where('phone', '=', '13700002001')
      .executeTakeFirstOrThrow()
    expect(JSON.stringify(stored)).not.toContain(sms.code)

    const s = await ok('register', { phone: '13700002001', code: sms.code, displayName: '海边骑手' })
    expect(s).toMatchObject({ existing: false })
    expect(s.me).toMatchObject({
      signInMethod: 'password',
      onboarded: false,
      roles: [],
      displayName: '海边骑手',
      phoneMasked: '137****2001',
      // The code proved the phone.
      phoneVerified: true,
      // The sign-in name is the phone: masked on 我的 like the phone.
      username: '137****2001',
    })
    expect(JSON.stringify(await ok('me', {}, { token: s.token }))).not.toContain('13700002001')
    const row = await ctx.db.selectFrom('users').selectAll().where('id', '=', s.me.id).executeTakeFirstOrThrow()
    expect(row.password_hash).toBeNull()
    // A used code does not sign in twice.
    expect(await call('register', { phone: '13700002001', code: sms.code, displayName: '海边骑手' })).toEqual({
      ok: false,
      code: 'BAD_REQUEST',
      message: '验证码已失效，请重新获取',
    })
    // A new code signs the same person in again (no password needed); the name is not changed.
    later(2)
    const again = await signUp('13700002001', '别的名字')
    expect(again).toMatchObject({ existing: true, me: { id: s.me.id, displayName: '海边骑手' } })
  })

  test('outside demo mode the code is never in the answer', async () => {
    process.env.LIANSHE_DEMO = '0'
    try {
      const asked = await ok('sendCode', { phone: '13700002011' })
      expect(asked.demoCode).toBeNull()
      expect(JSON.stringify(asked)).not.toContain(codeSentTo('13700002011')!)
    } finally {
      process.env.LIANSHE_DEMO = '1'
    }
  })

  test('a wrong, expired or much-guessed code signs nobody in, and nothing is written', async () => {
    const before = await users()
    await ok('sendCode', { phone: '13700002012' })
    const right = codeSentTo('13700002012')!
    const wrong = right === '000000' ? '111111' : '000000'
    const attempt = (code: string) => call('register', { phone: '13700002012', code, displayName: '小王' })
    expect(await attempt(wrong)).toEqual({ ok: false, code: 'BAD_REQUEST', message: '验证码不正确' })
    for (let i = 0; i < 3; i++) await attempt(wrong)
    expect(await attempt(wrong)).toEqual({ ok: false, code: 'BAD_REQUEST', message: '验证码错误次数过多，请重新获取' })
    // Five wrong tries: even the right code no longer holds.
    expect(await attempt(right)).toEqual({ ok: false, code: 'BAD_REQUEST', message: '验证码已失效，请重新获取' })
    // A fresh code holds 10 minutes.
    later(1)
    await ok('sendCode', { phone: '13700002012' })
    later(12)
    expect(await attempt(codeSentTo('13700002012')!)).toEqual({
      ok: false,
      code: 'BAD_REQUEST',
      message: '验证码已失效，请重新获取',
    })
    // A code for another phone does not sign this one in.
    expect(await call('register', { phone: '13700002013', code: right, displayName: '小王' })).toMatchObject({
      ok: false,
      message: '验证码已失效，请重新获取',
    })
    expect(await call('register', { phone: '13700002012', code: '12ab', displayName: '小王' })).toMatchObject({
      ok: false,
      message: '请输入 6 位验证码',
    })
    expect(await users()).toBe(before)
  })

  test('a name is asked and may not be a phone number', async () => {
    await ok('sendCode', { phone: '13700002014' })
    const code = codeSentTo('13700002014')
    expect(await call('register', { phone: '13700002014', code })).toMatchObject({ ok: false, code: 'BAD_REQUEST' })
    expect(await call('register', { phone: '13700002014', code, displayName: ' ' })).toMatchObject({
      ok: false,
      message: '请填写你的称呼',
    })
    expect(await call('register', { phone: '13700002014', code, displayName: '137 0000 2014' })).toMatchObject({
      ok: false,
      message: '称呼不能是手机号',
    })
    // The code was not used up by refused input.
    expect((await call('register', { phone: '13700002014', code, displayName: '阿强' })).ok).toBe(true)
  })

  test('codes are throttled: one a minute and five an hour per phone, twenty an hour per address', async () => {
    const sent = ctx.sms.sent.length
    await ok('sendCode', { phone: '13700002015' })
    later(0.5)
    expect(await call('sendCode', { phone: '13700002015' })).toEqual({
      ok: false,
      code: 'RATE_LIMITED',
      message: '验证码已发送，请 30 秒后再获取',
    })
    for (let i = 1; i < 5; i++) {
      later(i * 1.5)
      await ok('sendCode', { phone: '13700002015' })
    }
    later(9)
    expect(await call('sendCode', { phone: '13700002015' })).toEqual({
      ok: false,
      code: 'RATE_LIMITED',
      message: '该手机号获取验证码次数过多，请 51 分钟后（11月23日 周一 11:00 后）再试',
    })
    expect(ctx.sms.sent.length).toBe(sent + 5)
    // Phone after phone from one address.
    for (let i = 0; i < 20; i++) await ok('sendCode', { phone: `1370000${3000 + i}` }, { address: '10.9.9.8' })
    expect(await call('sendCode', { phone: '13700003999' }, { address: '10.9.9.8' })).toMatchObject({
      ok: false,
      code: 'RATE_LIMITED',
      message: expect.stringContaining('此网络获取验证码次数过多'),
    })
    // Another address is not held up.
    expect((await call('sendCode', { phone: '13700003999' }, { address: '10.9.9.7' })).ok).toBe(true)
  })

  test('an SMS the provider refuses: the person is told, and may ask again a minute later', async () => {
    const send = ctx.sms.send
    ctx.sms.send = async () => ({ ok: false, code: 'LimitExceeded.PhoneNumberDailyLimit', message: 'daily limit' })
    try {
      expect(await call('sendCode', { phone: '13700002016' })).toEqual({
        ok: false,
        code: 'UNAVAILABLE',
        message: '验证码短信发送失败，请稍后再试',
      })
    } finally {
      ctx.sms.send = send
    }
    later(1)
    expect((await call('sendCode', { phone: '13700002016' })).ok).toBe(true)
  })

  test('the request Tencent Cloud SMS would be sent: SendSms, +86 number, code and minutes, signed TC3', () => {
    const config = {
      secretId: 'AKIDtest',
      secretKey: 'key-1',
      appId: '1400000001',
      signName: '链社',
      templateId: '123456',
    }
    const req = tencentSendSmsRequest(config, { phone: '13700002017', code: '042917', minutes: 10 }, NOW)
    expect(req.url).toBe('https://sms.tencentcloudapi.com/')
    expect(JSON.parse(req.body)).toEqual({
      PhoneNumberSet: ['+8613700002017'],
      SmsSdkAppId: '1400000001',
      SignName: '链社',
      TemplateId: '123456',
      TemplateParamSet: ['042917', '10'],
    })
    expect(req.headers).toMatchObject({
      'X-TC-Action': 'SendSms',
      'X-TC-Version': '2021-01-11',
      'X-TC-Timestamp': String(NOW.getTime() / 1000),
      'X-TC-Region': 'ap-guangzhou',
      'Content-Type': 'application/json; charset=utf-8',
    })
    expect(req.headers.Authorization).toMatch(
      /^TC3-HMAC-SHA256 Credential=AKIDtest\/2026-11-23\/sms\/tc3_request, SignedHeaders=content-type;host, Signature=[0-9a-f]{64}$/,
    )
    // The signature covers the key and the body.
    const other = tencentSendSmsRequest(
      { ...config, secretKey: 'key-2' },
      { phone: '13700002017', code: '042917', minutes: 10 },
      NOW,
    )
    expect(other.headers.Authorization).not.toBe(req.headers.Authorization)
    expect(tencentSmsResult({ Response: { SendStatusSet: [{ Code: 'Ok', Message: 'send success' }] } })).toEqual({
      ok: true,
    })
    expect(
      tencentSmsResult({ Response: { Error: { Code: 'AuthFailure.SignatureFailure', Message: 'x' } } }),
    ).toMatchObject({
      ok: false,
      code: 'AuthFailure.SignatureFailure',
    })
    // Chosen by the environment; the recording sender unless told otherwise.
    expect(smsSenderFromEnvironment({}).name).toBe('recording')
    expect(() => smsSenderFromEnvironment({ LIANSHE_SMS: 'tencent' })).toThrow('LIANSHE_SMS_TENCENT_SECRET_ID')
    expect(
      smsSenderFromEnvironment({
        LIANSHE_SMS: 'tencent',
        LIANSHE_SMS_TENCENT_SECRET_ID: 'a',
        LIANSHE_SMS_TENCENT_SECRET_KEY: 'b',
        LIANSHE_SMS_TENCENT_APP_ID: 'c',
        LIANSHE_SMS_TENCENT_SIGN: 'd',
        LIANSHE_SMS_TENCENT_TEMPLATE: 'e',
      }).name,
    ).toBe('tencent')
  })

  test('a password set at sign-up must pass the rules (refused in Chinese, nothing written); it signs in later', async () => {
    const before = await users()
    await ok('sendCode', { phone: '13700002002' })
    const code = codeSentTo('13700002002')
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
      expect(await call('register', { phone: '13700002002', code, displayName: '小陈', password })).toEqual({
        ok: false,
        code: 'BAD_REQUEST',
        message,
      })
    }
    expect(await call('sendCode', { phone: '1370000' })).toMatchObject({ ok: false, message: '请输入 11 位手机号' })
    expect(await users()).toBe(before)
    // The same rules for everyone who sets a password (the admin's one-time passwords too).
    expect(passwordProblem('Lianshe-Demo')).toBe('这个密码太常见，容易被猜中，请换一个')
    expect(passwordProblem('qi-shou-zhan-2026')).toBeNull()
    const s = await ok('register', { phone: '13700002002', code, displayName: '小陈', password: 'hai-bian-qi-shou-7' })
    const row = await ctx.db.selectFrom('users').selectAll().where('id', '=', s.me.id).executeTakeFirstOrThrow()
    expect(row.password_hash).toMatch(/^scrypt\$/)
    expect(row.password_hash).not.toContain('hai-bian')
    expect((await ok('login', { username: '13700002002', password: 'hai-bian-qi-shou-7' })).me.id).toBe(s.me.id)
  })

  test('guessing an H5 account’s password is throttled; the right one waits out the window', async () => {
    await signUp('13700002003', '小赵', 'zhan-dian-re-shui-3')
    const rs = []
    for (let i = 0; i < 6; i++) rs.push(await call('login', { username: '13700002003', password: 'wrong-guess-' + i }))
    expect(rs.map((r) => (r.ok ? 'ok' : r.code))).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED'])
    expect(await call('login', { username: '13700002003', password: 'zhan-dian-re-shui-3' })).toEqual({
      ok: false,
      code: 'RATE_LIMITED',
      message: '该账号登录失败次数过多，请 15 分钟后（11月23日 周一 10:15 后）再试',
    })
    ctx.setNow(new Date(NOW.getTime() + 15 * 60_000))
    expect((await call('login', { username: '13700002003', password: 'zhan-dian-re-shui-3' })).ok).toBe(true)
  })

  test('trying code after code from one address is throttled there; the phone’s owner is not locked out', async () => {
    await signUp('13700002021', '海边骑手', 'hai-bian-qi-shou-7')
    for (let i = 0; i < 30; i++)
      await call(
        'register',
        { phone: '13700002021', code: String(100000 + i), displayName: 'x' },
        { address: '10.9.9.9' },
      )
    expect(
      await call('register', { phone: '13700002021', code: '999999', displayName: 'x' }, { address: '10.9.9.9' }),
    ).toMatchObject({
      ok: false,
      code: 'RATE_LIMITED',
    })
    // Another address, and the owner of that phone, are unaffected.
    expect(
      (await call('login', { username: '13700002021', password: 'hai-bian-qi-shou-7' }, { address: '10.9.0.2' })).ok,
    ).toBe(true)
  })

  test('changing the password: the current one is checked, the new one must pass the rules, other sessions end', async () => {
    const s = await signUp('13700002004', '老李', 'lao-mi-ma-4-abc')
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

  test('an account made with a sign-up code sets its first password with a code sent to its own phone', async () => {
    const s = await signUp('13700002006', '小周')
    expect(s.me).toMatchObject({ hasPassword: false })
    // No password yet: it cannot sign in with one, and changePassword has nothing to check.
    expect((await call('login', { username: '13700002006', password: 'zhou-de-mi-ma-6' })).ok).toBe(false)
    expect(
      await call('changePassword', { current: 'anything', next: 'zhou-de-mi-ma-6' }, { token: s.token }),
    ).toMatchObject({ ok: false, code: 'BAD_REQUEST', message: '该账号还没有设置密码，请用短信验证码设置' })

    // Another device signed in with a code, to be signed out when the password is set.
    later(2)
    await ok('sendCode', { phone: '13700002006' }, { address: '10.9.0.4' })
    const other = await ok('register', { phone: '13700002006', code: codeSentTo('13700002006'), displayName: 'x' })
    // Being signed in is not enough: a code, sent to the account's phone (no number in the request).
    later(4)
    const sentBefore = ctx.sms.sent.length
    const asked = await ok('sendAccountCode', {}, { token: s.token })
    expect(asked).toMatchObject({ sentTo: '137****2006', resendAfterSeconds: 60 })
    expect(ctx.sms.sent.length).toBe(sentBefore + 1)
    expect(ctx.sms.sent.at(-1)!.message.phone).toBe('13700002006')
    const code = codeSentTo('13700002006')!
    // A wrong code and a weak password are refused; nothing is set.
    const wrong = code === '000000' ? '111111' : '000000'
    expect(await call('setPassword', { code: wrong, next: 'zhou-de-mi-ma-6' }, { token: s.token })).toEqual({
      ok: false,
      code: 'BAD_REQUEST',
      message: '验证码不正确',
    })
    expect(await call('setPassword', { code, next: '1234567890' }, { token: s.token })).toMatchObject({
      ok: false,
      message: '这个密码太常见，容易被猜中，请换一个',
    })
    expect(
      (await ctx.db.selectFrom('users').select('password_hash').where('id', '=', s.me.id).executeTakeFirstOrThrow())
        .password_hash,
    ).toBeNull()

    const done = await ok('setPassword', { code, next: 'zhou-de-mi-ma-6' }, { token: s.token })
    expect(done).toMatchObject({ changed: true, me: { hasPassword: true } })
    expect((await ok('me', {}, { token: s.token })).hasPassword).toBe(true)
    // The code is used up; the other device is signed out; the password now signs in.
    expect(await call('setPassword', { code, next: 'zhou-de-mi-ma-7' }, { token: s.token })).toMatchObject({
      ok: false,
      message: '验证码已失效，请重新获取',
    })
    expect(await call('me', {}, { token: other.token })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    expect((await call('login', { username: '13700002006', password: 'zhou-de-mi-ma-6' })).ok).toBe(true)
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'note'])
      .where('subject_id', '=', String(s.me.id))
      .execute()
    expect(audit).toContainEqual({ action: 'user.password', note: '设置密码' })
  })

  test('a forgotten password is replaced with a code; signed out, nobody can ask for an account code', async () => {
    const s = await signUp('13700002007', '老吴', 'wu-lao-mi-ma-7')
    expect(s.me.hasPassword).toBe(true)
    expect(await call('sendAccountCode', {})).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    later(2)
    await ok('sendAccountCode', {}, { token: s.token })
    // One code a minute for the phone, as for sign-up codes.
    expect(await call('sendAccountCode', {}, { token: s.token })).toMatchObject({ ok: false, code: 'RATE_LIMITED' })
    await ok('setPassword', { code: codeSentTo('13700002007'), next: 'wu-xin-mi-ma-8' }, { token: s.token })
    expect((await call('login', { username: '13700002007', password: 'wu-lao-mi-ma-7' })).ok).toBe(false)
    expect((await call('login', { username: '13700002007', password: 'wu-xin-mi-ma-8' })).ok).toBe(true)
  })

  test('a deleted H5 account: its phone signs in as nobody and can sign up afresh with a code', async () => {
    const s = await signUp('13700002005', '小孙', 'yao-zou-le-5-abc')
    await ok('deleteAccount', { confirm: '注销' }, { token: s.token })
    expect(await call('login', { username: '13700002005', password: 'yao-zou-le-5-abc' })).toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
    })
    later(2)
    const fresh = await signUp('13700002005', '小孙')
    expect(fresh.me.id).not.toBe(s.me.id)
  })
})
