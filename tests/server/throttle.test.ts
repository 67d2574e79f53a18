import { main as user } from '../../cloudfunctions/user/index'
import { DEMO_STAFF_PASSWORD } from '../../cloudfunctions/user/seed'
import { createRuntime } from '../../server/core/runtime'
import { FEATURES } from '../../cloudfunctions/features'
import type { Runtime } from '../../server/core/runtime'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'

const NOW = new Date('2026-11-23T02:00:00Z')
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000)

// Each refused guess costs a real scrypt hash: generous timeouts for a busy machine.
jest.setTimeout(60_000)

describeEachDatabase('sign-in throttling', (ctx) => {
  withDemoContent(ctx)
  /** A sign-in as the gateway makes it: the client's address in the context, never in the body. */
  const login = (username: string, password: string, address: string | undefined, runtime: Runtime = ctx.runtime) =>
    user(
      { action: 'login', input: { username, password } },
      { lianshe: { runtime, clientAddress: address } },
    ) as Promise<{ ok: true; data: { token: string } } | { ok: false; code: string; message: string }>
  const codes = (rs: { ok: boolean; code?: string }[]) => rs.map((r) => (r.ok ? 'ok' : r.code))

  beforeEach(async () => {
    ctx.setNow(NOW)
    await ctx.db.deleteFrom('sign_in_throttle').execute()
  })
  afterAll(() => ctx.setNow(null))

  test('12 wrong passwords, then the right one: refused, saying when to retry; after the window it works', async () => {
    const rs = []
    for (let i = 0; i < 12; i++) rs.push(await login('demo_admin', 'wrong-password', '10.0.0.1'))
    expect(codes(rs)).toEqual([...Array(5).fill('UNAUTHENTICATED'), ...Array(7).fill('RATE_LIMITED')])
    const right = await login('demo_admin', DEMO_STAFF_PASSWORD, '10.0.0.1')
    expect(right).toEqual({
      ok: false,
      code: 'RATE_LIMITED',
      message: '该账号登录失败次数过多，请 15 分钟后（11月23日 周一 10:15 后）再试',
    })
    // From another address too: the account is what is guessed at.
    expect(await login('demo_admin', DEMO_STAFF_PASSWORD, '10.0.0.2')).toMatchObject({ code: 'RATE_LIMITED' })
    ctx.setNow(later(10))
    expect(await login('demo_admin', DEMO_STAFF_PASSWORD, '10.0.0.1')).toMatchObject({
      code: 'RATE_LIMITED',
      message: '该账号登录失败次数过多，请 5 分钟后（11月23日 周一 10:15 后）再试',
    })
    ctx.setNow(later(15))
    expect((await login('demo_admin', DEMO_STAFF_PASSWORD, '10.0.0.1')).ok).toBe(true)
  })

  test('a success forgives: the account starts afresh', async () => {
    for (let i = 0; i < 4; i++) await login('demo_shegong', 'wrong-password', '10.0.1.1')
    expect((await login('demo_shegong', DEMO_STAFF_PASSWORD, '10.0.1.1')).ok).toBe(true)
    const rs = []
    for (let i = 0; i < 5; i++) rs.push(await login('demo_shegong', 'wrong-password', '10.0.1.1'))
    expect(codes(rs)).toEqual(Array(5).fill('UNAUTHENTICATED'))
  })

  test('per address: many accounts tried from one address are throttled there only', async () => {
    const rs = []
    for (let i = 0; i < 30; i++) rs.push(await login(`guess_${i % 6}`, 'wrong-password', '10.0.2.1'))
    expect(codes(rs)).toEqual(Array(30).fill('UNAUTHENTICATED'))
    expect(await login('demo_bumen', DEMO_STAFF_PASSWORD, '10.0.2.1')).toMatchObject({
      code: 'RATE_LIMITED',
      message: expect.stringMatching(/^此网络登录失败次数过多，请 15 分钟后（.+ 后）再试$/),
    })
    // The refused attempt was not counted against the account: it signs in from elsewhere.
    expect((await login('demo_bumen', DEMO_STAFF_PASSWORD, '10.0.2.2')).ok).toBe(true)
  })

  test('concurrent guesses are counted before any finishes hashing', async () => {
    const rs = await Promise.all(Array.from({ length: 12 }, () => login('demo_admin', 'wrong-password', undefined)))
    expect(codes(rs).filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5)
    expect(codes(rs).filter((c) => c === 'RATE_LIMITED')).toHaveLength(7)
  })

  test('the counts live in the database: a second gateway on it sees them', async () => {
    const second = createRuntime({ features: FEATURES, database: ctx.db, clock: () => NOW })
    for (let i = 0; i < 5; i++) await login('demo_admin', 'wrong-password', '10.0.3.1')
    expect(await login('demo_admin', DEMO_STAFF_PASSWORD, '10.0.3.1', second)).toMatchObject({
      code: 'RATE_LIMITED',
    })
  })

  test('the nightly sweep drops counts whose window has ended', async () => {
    await login('demo_admin', 'wrong-password', '10.0.4.1')
    const sweep = (at: Date) =>
      user(
        { Type: 'Timer', TriggerName: 'sweepSessions', Time: at.toISOString() },
        { lianshe: { runtime: ctx.runtime, trigger: true } },
      ) as Promise<{ ok: true; data: { result: { throttleRowsDeleted: number } } }>
    expect((await sweep(later(5))).data.result.throttleRowsDeleted).toBe(0)
    ctx.setNow(later(16))
    expect((await sweep(later(16))).data.result.throttleRowsDeleted).toBe(2)
  })
})
