import { sql } from 'kysely'
import { main as activities } from '../../cloudfunctions/activities/index'
import { main as canteen } from '../../cloudfunctions/canteen/index'
import { main as community } from '../../cloudfunctions/community/index'
import { main as stations } from '../../cloudfunctions/stations/index'
import { main as user } from '../../cloudfunctions/user/index'
import { DEMO_STAFF_PASSWORD } from '../../cloudfunctions/user/seed'
import type { Runtime } from '../../server/core/runtime'
import { seedDemo } from '../../server/core/seed'
import { SEEDS } from '../../cloudfunctions/seeds'
import type { Database } from '../../server/db'
import { openTestDatabase, testRuntime } from '../helpers/databases'
import { callers } from '../helpers/invoke'

// No CPU work while a transaction holds the database (DESIGN §2): on PGlite one session serves
// every call, so a password hash or an image rendered inside a transaction stalls them all.
// PGlite only: a server gives each transaction its own connection, so only there does it show.

/**
 * Each CPU-heavy call below first asks whether the database is free right now: a query that
 * waits behind the caller's own open transaction never finishes, so it times out (held).
 */
const mockProbe = {
  runtime: null as Runtime | null,
  seen: [] as { what: string; free: boolean }[],
  async check(what: string) {
    if (!mockProbe.runtime) return
    const db = await mockProbe.runtime.database()
    const free = await Promise.race([
      sql`select 1`.execute(db).then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1500)),
    ])
    mockProbe.seen.push({ what, free })
  },
}

jest.mock('qrcode', () => {
  const real = jest.requireActual('qrcode')
  return {
    ...real,
    toDataURL: async (...args: unknown[]) => (await mockProbe.check('QR png'), real.toDataURL(...args)),
    toString: async (...args: unknown[]) => (await mockProbe.check('QR svg'), real.toString(...args)),
  }
})
jest.mock('node:crypto', () => {
  const real = jest.requireActual('node:crypto')
  return {
    ...real,
    scrypt: (...args: unknown[]) => {
      const done = args[args.length - 1] as (e: unknown, k?: Buffer) => void
      void mockProbe.check('password hash').then(() => real.scrypt(...args.slice(0, -1), done))
    },
  }
})

describe('no CPU work inside a transaction [pglite]', () => {
  let db: Database
  let t: ReturnType<typeof testRuntime>
  const c = callers(() => t.runtime)

  beforeAll(async () => {
    db = await openTestDatabase()
    t = testRuntime(db)
    process.env.LIANSHE_DEMO = '1'
    await seedDemo(t.runtime, SEEDS)
    t.setNow(new Date('2026-11-23T00:00:00Z')) // 08:00 in Shanghai, a Monday
  }, 60000)
  afterAll(async () => {
    delete process.env.LIANSHE_DEMO
    mockProbe.runtime = null
    await db.destroy()
  })

  test('password hashes and QR images run with the database free', async () => {
    const worker = await c.demoToken(user, 'worker')
    mockProbe.runtime = t.runtime
    mockProbe.seen = []
    await c.invokeOk(user, 'login', { username: 'demo_admin', password: DEMO_STAFF_PASSWORD })
    await c.invokeOk(stations, 'detail', { code: 'DQ-01' })
    const taibai = (await c.invokeOk(canteen, 'list', {})).items.find(
      (x: { name: string }) => x.name === '太白社区延时餐厅',
    ).id
    await c.invokeOk(canteen, 'book', { canteenId: taibai, date: '2026-11-23', start: '18:00' }, worker)
    await c.invokeOk(canteen, 'myBookings', {}, worker)
    const { items } = await c.invokeOk(activities, 'list', {})
    const open = items.find((a: { registrationOpen: boolean; seatsLeft: number }) => a.registrationOpen && a.seatsLeft)
    if (open) await c.invokeOk(activities, 'signUp', { activityId: open.id }, worker)
    await c.invokeOk(activities, 'mine', {}, worker)
    mockProbe.runtime = null
    const kinds = new Set(mockProbe.seen.map((s) => s.what))
    expect(kinds).toEqual(new Set(['password hash', 'QR png', 'QR svg']))
    expect(mockProbe.seen.filter((s) => !s.free)).toEqual([])
  }, 60000)

  test('community.ping p50 stays ≤ 20 ms while 8 clients sign in (hash passwords)', async () => {
    const accounts = ['demo_admin', 'demo_shegong', 'demo_bumen']
    let stop = false
    let signIns = 0
    const storm = Array.from({ length: 8 }, async (_, i) => {
      while (!stop) {
        const r = await c.invoke(user, 'login', { username: accounts[i % 3], password: DEMO_STAFF_PASSWORD })
        if (!r.ok) throw new Error(`sign-in failed: ${r.code}`)
        signIns++
      }
    })
    await new Promise((r) => setTimeout(r, 300)) // the storm is under way
    const pings: number[] = []
    const until = Date.now() + 3000
    while (Date.now() < until) {
      const t0 = performance.now()
      await c.invokeOk(community, 'ping', {})
      pings.push(performance.now() - t0)
    }
    stop = true
    await Promise.all(storm)
    pings.sort((a, b) => a - b)
    const p50 = pings[Math.floor(pings.length / 2)]
    expect(signIns).toBeGreaterThan(8)
    expect(p50).toBeLessThanOrEqual(20)
  }, 60000)
})
