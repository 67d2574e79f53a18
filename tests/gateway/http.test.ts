import type { FastifyInstance } from 'fastify'
import { loadFunctions } from '../../gateway/functions'
import { createGateway, parseTrustProxy } from '../../gateway/server'
import { seedDemo } from '../../server/core/seed'
import { SEEDS } from '../../cloudfunctions/seeds'
import { describeEachDatabase } from '../helpers/databases'

describeEachDatabase('gateway over HTTP', (ctx) => {
  let app: FastifyInstance
  let base = ''
  beforeAll(async () => {
    process.env.LIANSHE_DEMO = '1'
    await seedDemo(ctx.runtime, SEEDS)
    app = await createGateway({ functions: await loadFunctions(), runtime: ctx.runtime, bodyLimit: 64 * 1024 })
    // Over a real socket, as a phone's browser would reach it.
    base = await app.listen({ port: 0, host: '127.0.0.1' })
  })
  afterAll(async () => {
    delete process.env.LIANSHE_DEMO
    await app.close()
  })

  const send = async (url: string, body: string, headers: Record<string, string>) => {
    const res = await fetch(base + url, { method: 'POST', headers, body })
    const text = await res.text()
    return { statusCode: res.status, json: () => JSON.parse(text) }
  }
  const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
    send(url, typeof payload === 'string' ? payload : JSON.stringify(payload), {
      'content-type': 'application/json',
      ...headers,
    })

  test('every cloud function folder is served at POST /api/<function>', async () => {
    const functions = await loadFunctions()
    expect([...functions.keys()]).toEqual(expect.arrayContaining(['community', 'user']))
    expect(functions.get('user')!.timers).toEqual([{ name: 'sweepSessions', config: '0 30 3 * * * *' }])
    const r = await post('/api/community', { action: 'ping' })
    expect(r.statusCode).toBe(200)
    expect(r.json()).toEqual({ ok: true, data: { pong: true } })
  })

  test('malformed JSON → 400 with a Chinese message', async () => {
    const r = await post('/api/user', '{"action":"me"')
    expect(r.statusCode).toBe(400)
    expect(r.json()).toEqual({ ok: false, code: 'BAD_JSON', message: '请求格式错误，无法解析' })
  })

  test('not JSON at all, too large, unknown function', async () => {
    const text = await send('/api/user', 'hi', { 'content-type': 'text/plain' })
    expect(text.statusCode).toBe(400)
    expect(text.json().message).toContain('JSON')
    const big = await post('/api/user', { action: 'me', input: { pad: 'x'.repeat(100 * 1024) } })
    expect(big.statusCode).toBe(400)
    expect(big.json()).toEqual({ ok: false, code: 'BAD_REQUEST', message: '请求内容过大' })
    const none = await post('/api/nothing', { action: 'x' })
    expect(none.statusCode).toBe(404)
    expect(none.json().code).toBe('UNKNOWN_FUNCTION')
  })

  test('the session comes from the Authorization header; without it the caller is nobody', async () => {
    const login = await post('/api/user', { action: 'demoLogin', input: { role: 'rider' } })
    const { token } = login.json().data
    const me = await post('/api/user', { action: 'me' }, { authorization: `Bearer ${token}` })
    expect(me.json().data.roleLabel).toBe('骑手')
    const anon = await post('/api/user', { action: 'me' })
    expect(anon.statusCode).toBe(401)
    expect(anon.json()).toEqual({ ok: false, code: 'UNAUTHENTICATED', message: '请先登录' })
    const forged = await post('/api/user', { action: 'me' }, { authorization: 'Bearer forged-token' })
    expect(forged.statusCode).toBe(401)
  })

  test("a function name over the router limit gets the envelope, not Fastify's own 414", async () => {
    const r = await post(`/api/${'x'.repeat(500)}`, { action: 'ping' })
    expect(r.statusCode).toBe(404)
    expect(r.json()).toEqual({ ok: false, code: 'UNKNOWN_FUNCTION', message: '没有这个服务' })
  })

  test('a made-up token is nobody (请先登录); only a session that ran out is 登录已过期', async () => {
    for (const token of ['garbage', 'x'.repeat(300), '%00']) {
      const r = await post('/api/user', { action: 'me' }, { authorization: `Bearer ${token}` })
      expect(r.statusCode).toBe(401)
      expect(r.json()).toEqual({ ok: false, code: 'UNAUTHENTICATED', message: '请先登录' })
    }
    const { token } = (await post('/api/user', { action: 'demoLogin', input: { role: 'worker' } })).json().data
    await ctx.db
      .updateTable('sessions')
      .set({ expires_at: new Date(ctx.runtime.now().getTime() - 1000) })
      .where('token_hash', '=', require('../../server/auth/sessions').hashToken(token))
      .execute()
    const expired = await post('/api/user', { action: 'me' }, { authorization: `Bearer ${token}` })
    expect(expired.json()).toEqual({ ok: false, code: 'SESSION_EXPIRED', message: '登录已过期，请重新登录' })
  })

  test('sign-in throttling counts the socket address; X-Forwarded-For is not believed by default', async () => {
    await ctx.db.deleteFrom('sign_in_throttle').execute()
    const wrong = (i: number) =>
      post(
        '/api/user',
        { action: 'login', input: { username: `nobody_${i}`, password: 'wrong-password' } },
        // A client cannot make each guess come from somewhere else.
        { 'x-forwarded-for': `203.0.113.${i}` },
      )
    for (let i = 0; i < 30; i++) expect((await wrong(i)).statusCode).toBe(401)
    const limited = await wrong(99)
    expect(limited.statusCode).toBe(429)
    expect(limited.json()).toMatchObject({ ok: false, code: 'RATE_LIMITED' })
    const keys = (await ctx.db.selectFrom('sign_in_throttle').select('key').execute()).map((k) => k.key)
    expect(keys).toContain('address:127.0.0.1')
    expect(keys.filter((k) => k.startsWith('address:'))).toEqual(['address:127.0.0.1'])
    await ctx.db.deleteFrom('sign_in_throttle').execute()
  }, 60_000)

  test('behind a trusted proxy (LIANSHE_TRUST_PROXY), its X-Forwarded-For is the address', async () => {
    expect(parseTrustProxy(undefined)).toBe(false)
    expect(parseTrustProxy('')).toBe(false)
    expect(parseTrustProxy('true')).toBe(true)
    expect(parseTrustProxy('127.0.0.1, 10.0.0.0/8')).toEqual(['127.0.0.1', '10.0.0.0/8'])
    const proxied = await createGateway({
      functions: await loadFunctions(),
      runtime: ctx.runtime,
      trustProxy: parseTrustProxy('127.0.0.1'),
    })
    const url = await proxied.listen({ port: 0, host: '127.0.0.1' })
    try {
      await ctx.db.deleteFrom('sign_in_throttle').execute()
      await fetch(`${url}/api/user`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.7' },
        body: JSON.stringify({ action: 'login', input: { username: 'nobody', password: 'wrong-password' } }),
      })
      const keys = (await ctx.db.selectFrom('sign_in_throttle').select('key').execute()).map((k) => k.key)
      expect(keys.sort()).toEqual(['account:nobody', 'address:198.51.100.7'])
    } finally {
      await proxied.close()
      await ctx.db.deleteFrom('sign_in_throttle').execute()
    }
  })

  test('a timer event posted over HTTP is refused', async () => {
    const r = await post('/api/user', { Type: 'Timer', TriggerName: 'sweepSessions' })
    expect(r.statusCode).toBe(403)
    expect(r.json().code).toBe('FORBIDDEN')
  })

  test('staff-only action over HTTP: 403 for a rider', async () => {
    const { token } = (await post('/api/user', { action: 'demoLogin', input: { role: 'rider' } })).json().data
    const r = await post('/api/user', { action: 'reviewQueue', input: {} }, { authorization: `Bearer ${token}` })
    expect(r.statusCode).toBe(403)
    expect(r.json().message).toBe('你没有权限进行此操作')
  })
})
