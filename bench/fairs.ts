// npm run bench -- fairs
// A weekly 专场招聘会 through the fairs function's real main (validation, session, transaction,
// the reservation core, the outbox): 200 enterprise liaisons booking a fair of 40 booths at once,
// then 1,000 job seekers registering at once for a fair with 300 places.
// Expect exactly 40 booths (one per enterprise) and exactly 300 registrations (one per person).
// Last line: one JSON object with booths_exact, registrations_exact and the timings.
import { main as fairs } from '../cloudfunctions/fairs/index'
import { createSession } from '../server/auth/sessions'
import { addDays, shanghaiDate } from '../server/time/shanghai'
import { openBenchDatabase } from './_db'
import { ms, percentile, round } from './_util'

const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 200)
const BOOTHS = 40
const SEEKERS = Number(process.env.BENCH_SEEKERS ?? 1000)
const CAPACITY = 300

type Answer = { ok: boolean; code?: string; message?: string; data?: Record<string, unknown> }

async function main() {
  const bench = await openBenchDatabase({ poolSize: 20 })
  const { db, runtime } = bench
  const now = new Date()
  const setup = await db.transaction().execute(async (trx) => {
    const community = await trx
      .insertInto('communities')
      .values({
        code: 'BENCH-FAIR',
        name: '压测社区',
        district: '北仑区',
        enterprises: null,
        workers: null,
        lng: 121.8,
        lat: 29.9,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const person = (role: 'social_worker' | 'enterprise' | 'worker', i: number) => ({
      role,
      display_name: `${role}${i}`,
      phone: `13${role === 'worker' ? 6 : 5}00${String(i).padStart(6, '0')}`,
      onboarded_at: now,
    })
    const [staff] = await trx
      .insertInto('users')
      .values([person('social_worker', 0)])
      .returning('id')
      .execute()
    await trx
      .insertInto('user_roles')
      .values({ user_id: staff.id, role: 'social_worker', community_id: community.id })
      .execute()
    const enterprises = await trx
      .insertInto('enterprises')
      .values(
        Array.from({ length: ENTERPRISES }, (_, i) => ({
          name: `压测企业${i}`,
          credit_code: `BENCHFAIR${String(i).padStart(9, '0')}`,
          community_id: community.id,
          grid_id: null,
          headcount: 100,
        })),
      )
      .returning('id')
      .execute()
    const liaisons = await trx
      .insertInto('users')
      .values(enterprises.map((_, i) => person('enterprise', i)))
      .returning('id')
      .execute()
    await trx
      .insertInto('user_roles')
      .values(
        liaisons.map((u, i) => ({ user_id: u.id, role: 'enterprise' as const, enterprise_id: enterprises[i].id })),
      )
      .execute()
    const seekers = await trx
      .insertInto('users')
      .values(Array.from({ length: SEEKERS }, (_, i) => person('worker', i)))
      .returning('id')
      .execute()
    const token = async (id: number) => (await createSession(trx, id, 'demo', now)).token
    const out = {
      communityId: community.id,
      staff: await token(staff.id),
      liaisons: [] as string[],
      seekers: [] as string[],
    }
    for (const u of liaisons) out.liaisons.push(await token(u.id))
    for (const u of seekers) out.seekers.push(await token(u.id))
    return { ...out, enterprises: enterprises.map((e) => e.id) }
  })
  const call = async (token: string, action: string, input: unknown) =>
    (await fairs({ action, input }, { lianshe: { sessionToken: token, runtime } })) as Answer
  const made = await call(setup.staff, 'createSeries', {
    communityId: setup.communityId,
    title: '零工市场每周专场招聘会（压测）',
    place: '1860青年公社',
    firstDate: addDays(shanghaiDate(now), 2),
    start: '14:00',
    end: '17:00',
    booths: BOOTHS,
    capacity: CAPACITY,
    repeat: 'weekly',
    weeks: 2,
  })
  if (!made.ok) throw new Error(`createSeries: ${made.code} ${made.message}`)
  const fairId = (made.data!.fairIds as number[])[0]
  const position = { title: '普工', headcount: 10, payLow: 200, payHigh: 260, payUnit: 'day' }

  const timed = async (tokens: string[], action: string, input: (i: number) => unknown) => {
    const latencies: number[] = []
    const t0 = process.hrtime.bigint()
    const answers = await Promise.all(
      tokens.map(async (token, i) => {
        const t = process.hrtime.bigint()
        const r = await call(token, action, input(i))
        latencies.push(ms(t))
        return r
      }),
    )
    return { answers, wall: ms(t0), latencies }
  }

  const booths = await timed(setup.liaisons, 'bookBooth', (i) => ({
    fairId,
    enterpriseId: setup.enterprises[i],
    positions: [position],
  }))
  const regs = await timed(setup.seekers, 'register', () => ({ fairId }))

  const boothRows = await db
    .selectFrom('fair_booths')
    .select(['enterprise_id'])
    .where('fair_id', '=', fairId)
    .where('cancelled_at', 'is', null)
    .execute()
  const fair = await db.selectFrom('fairs').selectAll().where('id', '=', fairId).executeTakeFirstOrThrow()
  const slots = await db
    .selectFrom('slots')
    .select(['id', 'taken', 'capacity'])
    .where('id', 'in', [fair.booth_slot_id, fair.entry_slot_id])
    .execute()
  const regRows = await db
    .selectFrom('reservations')
    .select('user_id')
    .where('slot_id', '=', fair.entry_slot_id)
    .where('status', '=', 'confirmed')
    .execute()
  const bookedOk = booths.answers.filter((a) => a.ok).length
  const bookedFull = booths.answers.filter((a) => !a.ok && a.code === 'FULL').length
  const regOk = regs.answers.filter((a) => a.ok).length
  const regFull = regs.answers.filter((a) => !a.ok && a.code === 'FULL').length
  const boothSlot = slots.find((s) => s.id === fair.booth_slot_id)!
  const entrySlot = slots.find((s) => s.id === fair.entry_slot_id)!
  const boothsExact =
    bookedOk === BOOTHS &&
    bookedFull === ENTERPRISES - BOOTHS &&
    boothRows.length === BOOTHS &&
    new Set(boothRows.map((b) => b.enterprise_id)).size === BOOTHS &&
    boothSlot.taken === BOOTHS
  const registrationsExact =
    regOk === CAPACITY &&
    regFull === SEEKERS - CAPACITY &&
    regRows.length === CAPACITY &&
    new Set(regRows.map((r) => r.user_id)).size === CAPACITY &&
    entrySlot.taken === CAPACITY

  const other = [...booths.answers, ...regs.answers].find((a) => !a.ok && a.code !== 'FULL')
  console.log(
    `${bench.label}: booths ${bookedOk} booked / ${bookedFull} 已满 (slot ${boothSlot.taken}/${boothSlot.capacity}, rows ${boothRows.length}); ` +
      `registrations ${regOk} / ${regFull} 已满 (slot ${entrySlot.taken}/${entrySlot.capacity}, rows ${regRows.length})` +
      (other ? `; other answer: ${other.code} ${other.message}` : ''),
  )
  await db.destroy()
  await bench.drop()
  const figures = {
    booths_exact: boothsExact,
    registrations_exact: registrationsExact,
    enterprises: ENTERPRISES,
    booths: BOOTHS,
    booths_booked: bookedOk,
    booking_wall_ms: round(booths.wall),
    booking_p50_ms: round(percentile(booths.latencies, 50)),
    booking_p99_ms: round(percentile(booths.latencies, 99)),
    seekers: SEEKERS,
    capacity: CAPACITY,
    registrations: regOk,
    register_wall_ms: round(regs.wall),
    register_p50_ms: round(percentile(regs.latencies, 50)),
    register_p99_ms: round(percentile(regs.latencies, 99)),
    db: bench.label,
  }
  console.log(JSON.stringify(figures))
  if (!boothsExact || !registrationsExact) process.exitCode = 1
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
