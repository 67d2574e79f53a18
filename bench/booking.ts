// npm run bench -- booking
// 2,000 booking requests from 2,000 signed-in users, all at once, for one canteen slot with 100
// seats, through the canteen function's real main (validation, session, transaction, the
// reservation core, the outbox). Then one user fires 20 requests at once for one window.
// Expect exactly 100 confirmed, 1,900 "已满", no duplicates, and one booking for the one user.
// Last line: one JSON object with requests, seats, confirmed, duplicates, p50_ms, p99_ms, throughput_rps, db.
import { main as canteen } from '../cloudfunctions/canteen/index'
import { createSession } from '../server/auth/sessions'
import { seedDemo } from '../server/core/seed'
import { SEEDS } from '../cloudfunctions/seeds'
import { addDays, shanghaiDate } from '../server/time/shanghai'
import { openBenchDatabase } from './_db'
import { ms, percentile, round } from './_util'

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000)
const SEATS = 100
const SAME_USER = 20

async function main() {
  const bench = await openBenchDatabase({ poolSize: 20 })
  const { db } = bench
  await seedDemo(bench.runtime, SEEDS)
  const taibai = await db.selectFrom('canteens').select('id').where('code', '=', 'CT-TAIBAI').executeTakeFirstOrThrow()
  await db.updateTable('canteens').set({ seats_per_slot: SEATS }).where('id', '=', taibai.id).execute()
  const now = new Date()
  const tokens = await db.transaction().execute(async (trx) => {
    const users = await trx
      .insertInto('users')
      .values(
        Array.from({ length: REQUESTS + 1 }, (_, i) => ({
          role: 'rider' as const,
          display_name: `骑手${i}`,
          phone: `1370000${String(i).padStart(4, '0')}`,
        })),
      )
      .returning('id')
      .execute()
    const out: string[] = []
    for (const u of users) out.push((await createSession(trx, u.id, 'demo', now)).token)
    return out
  })
  const date = addDays(shanghaiDate(now), 1)
  const input = { canteenId: taibai.id, date, start: '12:00' }

  const latencies: number[] = []
  const t0 = process.hrtime.bigint()
  const answers = await Promise.all(
    tokens.slice(0, REQUESTS).map(async (token) => {
      const t = process.hrtime.bigint()
      const r = (await canteen(
        { action: 'book', input },
        { lianshe: { sessionToken: token, runtime: bench.runtime } },
      )) as {
        ok: boolean
        code?: string
        message?: string
        data?: { code: string }
      }
      latencies.push(ms(t))
      return r
    }),
  )
  const wall = ms(t0)
  const confirmed = answers.filter((a) => a.ok)
  const full = answers.filter((a) => !a.ok && a.code === 'FULL')
  const other = answers.filter((a) => a.ok === false && a.code !== 'FULL')
  const codes = new Set(confirmed.map((a) => a.data!.code))

  const slot = await db
    .selectFrom('slots')
    .select(['id', 'taken', 'capacity'])
    .where('owner_id', '=', taibai.id)
    .executeTakeFirstOrThrow()
  const rows = await db
    .selectFrom('reservations')
    .select(['user_id'])
    .where('slot_id', '=', slot.id)
    .where('status', '=', 'confirmed')
    .execute()
  const perUser = new Map<number, number>()
  for (const r of rows) perUser.set(r.user_id, (perUser.get(r.user_id) ?? 0) + 1)
  const duplicates =
    [...perUser.values()].filter((n) => n > 1).length +
    (confirmed.length - codes.size) +
    Math.max(0, rows.length - SEATS)

  // One user, 20 requests at once, for another window of the same day.
  const one = tokens[REQUESTS]
  const same = await Promise.all(
    Array.from(
      { length: SAME_USER },
      () =>
        canteen(
          { action: 'book', input: { ...input, start: '18:00' } },
          { lianshe: { sessionToken: one, runtime: bench.runtime } },
        ) as Promise<{ ok: boolean; code?: string }>,
    ),
  )
  const sameOk = same.filter((a) => a.ok).length

  console.log(
    `${bench.label}: ${confirmed.length} confirmed, ${full.length} 已满, ${other.length} other${other[0] ? ` (${other[0].code} ${other[0].message})` : ''}; slot taken ${slot.taken}/${slot.capacity}; reservations ${rows.length}`,
  )
  console.log(`full answer: ${full[0]?.message}`)
  console.log(
    `same user ×${SAME_USER}: ${sameOk} booked, ${same.filter((a) => a.code === 'CONFLICT').length} told they already hold one`,
  )
  await db.destroy()
  await bench.drop()
  const figures = {
    requests: REQUESTS,
    seats: SEATS,
    confirmed: confirmed.length,
    full_answers: full.length,
    other_answers: other.length,
    duplicates,
    same_user_requests: SAME_USER,
    same_user_booked: sameOk,
    p50_ms: round(percentile(latencies, 50)),
    p99_ms: round(percentile(latencies, 99)),
    throughput_rps: round(REQUESTS / (wall / 1000), 0),
    db: bench.label,
  }
  console.log(JSON.stringify(figures))
  if (confirmed.length !== SEATS || full.length !== REQUESTS - SEATS || duplicates || sameOk !== 1) process.exitCode = 1
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
