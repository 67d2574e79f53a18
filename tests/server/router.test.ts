import { main as community } from '../../cloudfunctions/community/index'
import { main as user } from '../../cloudfunctions/user/index'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'

describeEachDatabase('function router: bad input changes nothing', (ctx) => {
  const { invoke, invokeOk } = ctx
  withDemoContent(ctx)

  const sessionCount = async () =>
    Number(
      (
        await ctx.db
          .selectFrom('sessions')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )

  test.each([
    ['no action', {}, 'BAD_REQUEST', '请求应包含 action（操作名）'],
    ['event is not an object', 'me', 'BAD_REQUEST', '请求应包含 action（操作名）'],
    ['unknown action', { action: 'dropTables' }, 'UNKNOWN_ACTION', '没有这个操作：dropTables'],
    ['prototype key as action', { action: 'constructor' }, 'UNKNOWN_ACTION', '没有这个操作：constructor'],
    ['wrong type', { action: 'demoLogin', input: { role: 42 } }, 'BAD_REQUEST', '「role」取值无效'],
    ['unknown role', { action: 'demoLogin', input: { role: 'mayor' } }, 'BAD_REQUEST', undefined],
    [
      'unknown field',
      { action: 'demoLogin', input: { role: 'rider', admin: true } },
      'BAD_REQUEST',
      '请求含有不允许的字段：admin',
    ],
    [
      'oversized string',
      { action: 'login', input: { username: 'x'.repeat(5000), password: 'secret1' } },
      'BAD_REQUEST',
      '「username」不能超过 32 个字',
    ],
    ['missing field', { action: 'login', input: { username: 'demo_admin' } }, 'BAD_REQUEST', '缺少「password」'],
    ['input is an array', { action: 'demoLogin', input: ['rider'] }, 'BAD_REQUEST', '请求应为对象'],
  ])('%s → clear Chinese error, nothing written', async (_name, event, code, message) => {
    const before = await sessionCount()
    const r = (await user(event, { lianshe: { runtime: ctx.runtime } })) as any
    expect(r.ok).toBe(false)
    expect(r.code).toBe(code)
    if (message) expect(r.message).toBe(message)
    expect(r.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(JSON.stringify(r)).not.toMatch(/at .*\.ts:\d+|Error:/)
    expect(await sessionCount()).toBe(before)
  })

  test('a handler that fails after writing rolls back the write, and no stack reaches the client', async () => {
    const before = await sessionCount()
    // Break the output contract so the handler throws after creating a session.
    await ctx.db
      .updateTable('users')
      .set({ role: 'rider', display_name: null as any })
      .where('role', '=', 'rider')
      .execute()
      .catch(() => undefined)
    const spy = jest.spyOn(Date.prototype, 'toISOString').mockImplementationOnce(() => {
      throw new Error('boom inside handler')
    })
    const r = await invoke(user, 'demoLogin', { role: 'rider' })
    spy.mockRestore()
    expect(r).toEqual({ ok: false, code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' })
    expect(await sessionCount()).toBe(before)
  })

  test('a caller cannot fire a timer job; the platform can, once per tick', async () => {
    const event = { Type: 'Timer', TriggerName: 'sweepSessions', Time: '2026-11-22T19:30:00Z' }
    expect(await user(event, { lianshe: { runtime: ctx.runtime, sessionToken: 'x' } })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(await user(event, { lianshe: { runtime: ctx.runtime } })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    // Two gateways firing the same tick: one runs it, the other skips.
    const [a, b] = (await Promise.all([
      user(event, { lianshe: { runtime: ctx.runtime, trigger: true } }),
      user(event, { lianshe: { runtime: ctx.runtime, trigger: true } }),
    ])) as any[]
    expect([a.data.ran, b.data.ran].sort()).toEqual([false, true])
    expect(
      await user({ ...event, TriggerName: 'nope' }, { lianshe: { runtime: ctx.runtime, trigger: true } }),
    ).toMatchObject({
      ok: false,
      code: 'UNKNOWN_ACTION',
    })
  })

  test('the session sweep removes only expired sessions', async () => {
    await invokeOk(user, 'demoLogin', { role: 'worker' })
    const expired = await invokeOk(user, 'demoLogin', { role: 'worker' })
    await ctx.db
      .updateTable('sessions')
      .set({ expires_at: new Date(ctx.runtime.now().getTime() - 60_000) })
      .where('token_hash', '=', require('../../server/auth/sessions').hashToken(expired.token))
      .execute()
    const before = await sessionCount()
    const now = ctx.runtime.now().getTime()
    const monthAgo = new Date(now - 30 * 86_400_000)
    const weekAgo = new Date(now - 6 * 86_400_000)
    await ctx.db
      .insertInto('timer_runs')
      .values([
        { job: 'old.tick', scheduled_at: monthAgo },
        { job: 'recent.tick', scheduled_at: weekAgo },
      ])
      .execute()
    const r = (await user(
      { Type: 'Timer', TriggerName: 'sweepSessions', Time: ctx.runtime.now().toISOString() },
      { lianshe: { runtime: ctx.runtime, trigger: true } },
    )) as any
    expect(r.data.result.deleted).toBeGreaterThanOrEqual(1)
    expect(await sessionCount()).toBe(before - r.data.result.deleted)
    // Timer claims older than a week go too; recent ones stay (they stop a tick running twice).
    const jobs = (
      await ctx.db.selectFrom('timer_runs').select('job').where('job', 'in', ['old.tick', 'recent.tick']).execute()
    ).map((j) => j.job)
    expect(jobs).toEqual(['recent.tick'])
  })

  test('home shows the default community to anyone, and a chosen one on request', async () => {
    const home = await invokeOk(community, 'home', {})
    expect(home.community.name).toBe('灵峰工业社区')
    expect(home.community.motto).toBe('有事必到、无事不扰')
    expect(home.communities.length).toBeGreaterThanOrEqual(7)
    const chengtan = home.communities.find((c: any) => c.name.startsWith('澄潭'))
    expect((await invokeOk(community, 'home', { communityId: chengtan.id })).community.workers).toBe(30000)
    expect(await invoke(community, 'home', { communityId: 999999 })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
  })
})
