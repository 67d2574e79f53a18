// npm run bench -- signup
// 1,000 workers sign up at once for an activity with 50 seats and the waitlist on, through the
// activities function's real main. Then 20 of the registered cancel at once.
// Expect 50 registered, 950 waitlisted with positions 1..950 in arrival order (no gaps, no
// repeats), and the 20 freed seats going to waitlist positions 1..20.
// Last line: one JSON object with requests, seats, registered, waitlisted, waitlist_gaps,
// promoted_in_order, db.
import { main as activities } from '../cloudfunctions/activities/index'
import { createSession } from '../server/auth/sessions'
import { seedDemo } from '../server/core/seed'
import { SEEDS } from '../cloudfunctions/seeds'
import { openBenchDatabase } from './_db'
import { ms, percentile, round } from './_util'

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1000)
const SEATS = 50
const CANCELS = 20

type Env = { ok: boolean; code?: string; message?: string; data?: any }

async function main() {
  const bench = await openBenchDatabase({ poolSize: 20 })
  const { db } = bench
  const as = (token: string) => ({ lianshe: { sessionToken: token, runtime: bench.runtime } })
  process.env.LIANSHE_DEMO = '1'
  await seedDemo(bench.runtime, SEEDS)
  const now = new Date()
  const organizer = await db
    .selectFrom('users')
    .select('id')
    .where('demo', '=', true)
    .where('role', '=', 'social_worker')
    .executeTakeFirstOrThrow()
  const tokenOf = new Map<number, string>()
  const [orgToken, ...tokens] = await db.transaction().execute(async (trx) => {
    const users = await trx
      .insertInto('users')
      .values(
        Array.from({ length: REQUESTS }, (_, i) => ({
          role: 'worker' as const,
          display_name: `职工${i}`,
          phone: `1360000${String(i).padStart(4, '0')}`,
        })),
      )
      .returning('id')
      .execute()
    const out = [(await createSession(trx, organizer.id, 'demo', now)).token]
    for (const u of users) {
      const { token } = await createSession(trx, u.id, 'demo', now)
      tokenOf.set(u.id, token)
      out.push(token)
    }
    return out
  })
  const day = (h: number) => new Date(now.getTime() + h * 3600_000).toISOString()
  const created = (await activities(
    {
      action: 'save',
      input: {
        title: '职工趣味运动会（压测）',
        category: 'sports',
        startsAt: day(72),
        endsAt: day(74),
        address: '灵峰社区文体广场',
        registrationOpensAt: day(-1),
        registrationClosesAt: day(70),
        capacity: SEATS,
      },
    },
    as(orgToken),
  )) as Env
  if (!created.ok) throw new Error(`create failed: ${created.message}`)
  const activityId = created.data.id

  const latencies: number[] = []
  const t0 = process.hrtime.bigint()
  const answers = await Promise.all(
    tokens.map(async (token) => {
      const t = process.hrtime.bigint()
      const r = (await activities({ action: 'signUp', input: { activityId } }, as(token))) as Env
      latencies.push(ms(t))
      return r
    }),
  )
  const wall = ms(t0)
  const failed = answers.filter((a) => !a.ok)
  const rows = await db
    .selectFrom('reservations')
    .select(['id', 'user_id', 'status', 'waitlist_pos', 'created_at'])
    .where('hold_key', '=', `activity:${activityId}`)
    .orderBy('id')
    .execute()
  const registered = rows.filter((r) => r.status === 'confirmed')
  const waitlisted = rows.filter((r) => r.status === 'waitlisted')
  const positions = waitlisted.map((r) => r.waitlist_pos!)
  const expected = Array.from({ length: waitlisted.length }, (_, i) => i + 1)
  // Arrival order = the order the slot lock admitted them = insertion order (ids).
  const gaps =
    expected.filter((p, i) => positions[i] !== p).length + (new Set(positions).size !== positions.length ? 1 : 0)
  const perUser = new Set(rows.map((r) => r.user_id))

  // 20 registered people cancel at once.
  const leaving = registered.slice(0, CANCELS)
  const t1 = process.hrtime.bigint()
  const cancels = await Promise.all(
    leaving.map(
      (r) => activities({ action: 'cancel', input: { activityId } }, as(tokenOf.get(r.user_id)!)) as Promise<Env>,
    ),
  )
  const cancelMs = ms(t1)
  const after = await db
    .selectFrom('reservations')
    .select(['user_id', 'status', 'waitlist_pos'])
    .where('hold_key', '=', `activity:${activityId}`)
    .where('status', '=', 'confirmed')
    .where('waitlist_pos', 'is not', null)
    .orderBy('waitlist_pos')
    .execute()
  const promotedInOrder =
    after.length === CANCELS && after.every((r, i) => r.waitlist_pos === i + 1 && r.user_id === waitlisted[i].user_id)
  const seatsTaken = await db
    .selectFrom('slots')
    .select(['taken', 'capacity'])
    .where('kind', '=', 'activity')
    .where('owner_id', '=', activityId)
    .executeTakeFirstOrThrow()

  console.log(
    `${bench.label}: ${registered.length} registered, ${waitlisted.length} waitlisted (positions ${positions[0]}..${positions[positions.length - 1]}), ${failed.length} refused${failed[0] ? ` (${failed[0].code} ${failed[0].message})` : ''}; ${perUser.size} people, ${rows.length} rows`,
  )
  console.log(
    `sign-up p50 ${round(percentile(latencies, 50))} ms, p99 ${round(percentile(latencies, 99))} ms, ${round(REQUESTS / (wall / 1000), 0)}/s; ${CANCELS} cancels in ${round(cancelMs)} ms (${cancels.filter((c) => c.ok).length} ok); seats ${seatsTaken.taken}/${seatsTaken.capacity}`,
  )
  await db.destroy()
  await bench.drop()
  const figures = {
    requests: REQUESTS,
    seats: SEATS,
    registered: registered.length,
    waitlisted: waitlisted.length,
    waitlist_gaps: gaps,
    promoted_in_order: promotedInOrder,
    cancels: CANCELS,
    promoted: after.length,
    p50_ms: round(percentile(latencies, 50)),
    p99_ms: round(percentile(latencies, 99)),
    throughput_rps: round(REQUESTS / (wall / 1000), 0),
    db: bench.label,
  }
  console.log(JSON.stringify(figures))
  if (registered.length !== SEATS || waitlisted.length !== REQUESTS - SEATS || gaps || !promotedInOrder)
    process.exitCode = 1
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
