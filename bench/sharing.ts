// npm run bench -- sharing
// 绿电享 at scale, through the sharing function's real main:
// - 300 enterprises' liaisons join a round whose threshold is 50 enterprises, all at once: the round
//   starts exactly once (one join answers `started`, the round is 已开团, and the 50 members at the
//   flip and the 社工 who opened it are told once each);
// - a round's statistics (the 社工's view: every member's kWh and saving, the totals) and the
//   community's rounds with their totals, with 20 history rounds of 100 members × 36 months of
//   readings besides: p50.
// Last line: {"joins", "threshold", "started_answers", "started_once", "start_notices", "rounds",
// "readings", "round_stats_p50_ms", "rounds_p50_ms", "baseline_projects_p50_ms", "db"}.
import { sql } from 'kysely'
import { main as sharing } from '../cloudfunctions/sharing/index'
import { createSession } from '../server/auth/sessions'
import { addDays, shanghaiDate } from '../server/time/shanghai'
import { openBenchDatabase } from './_db'
import { ms, percentile, round } from './_util'

const JOINS = 300
const THRESHOLD = 50
const HISTORY_ROUNDS = 20
const HISTORY_MEMBERS = 100
const MONTHS = 36
const RUNS = 60

async function main() {
  const bench = await openBenchDatabase({ poolSize: 20 })
  const { db, runtime } = bench
  const now = new Date()
  const today = shanghaiDate(now)
  const call = async (action: string, input: unknown, token?: string) =>
    (await sharing({ action, input }, { lianshe: { sessionToken: token, runtime } })) as {
      ok: boolean
      code?: string
      message?: string
      data?: any
    }

  // A community, its 社工, 300 enterprises each with a signed-in liaison.
  const setup = await db.transaction().execute(async (trx) => {
    const community = await trx
      .insertInto('communities')
      .values({ code: 'BENCH-SHARE', name: '基准测试社区', district: '示例区', lng: 121.8, lat: 29.9 })
      .returning('id')
      .executeTakeFirstOrThrow()
    await sql`insert into enterprises (name, credit_code, community_id)
      select '基准企业' || n, 'BENCHSHR' || lpad(n::text, 10, '0'), ${community.id}
      from generate_series(1, ${JOINS}) n`.execute(trx)
    const ents = await trx
      .selectFrom('enterprises')
      .select('id')
      .where('credit_code', 'like', 'BENCHSHR%')
      .orderBy('id')
      .execute()
    const worker = await trx
      .insertInto('users')
      .values({ role: 'social_worker', display_name: '基准社工', community_id: community.id, onboarded_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    await trx
      .insertInto('user_roles')
      .values({ user_id: worker.id, role: 'social_worker', community_id: community.id })
      .execute()
    const users = await trx
      .insertInto('users')
      .values(
        ents.map((_, i) => ({
          role: 'enterprise' as const,
          display_name: `联络员${i}`,
          phone: `1350000${String(i).padStart(4, '0')}`,
          community_id: community.id,
          onboarded_at: now,
        })),
      )
      .returning('id')
      .execute()
    await trx
      .insertInto('user_roles')
      .values(users.map((u, i) => ({ user_id: u.id, role: 'enterprise' as const, enterprise_id: ents[i].id })))
      .execute()
    const liaisons: { token: string; enterpriseId: number }[] = []
    for (const [i, u] of users.entries())
      liaisons.push({ token: (await createSession(trx, u.id, 'demo', now)).token, enterpriseId: ents[i].id })
    return {
      communityId: community.id,
      worker: (await createSession(trx, worker.id, 'demo', now)).token,
      liaisons,
    }
  })
  const { communityId, worker, liaisons } = setup

  // The 社工 opens the round through the real action; 300 liaisons join at once.
  const opened = await call(
    'createRound',
    {
      communityId,
      title: '基准光伏组团购电',
      supplier: '示例售电公司',
      priceE4: 5202,
      gridPriceE4: 6000,
      thresholdKind: 'enterprises',
      threshold: THRESHOLD,
      joinOpens: today,
      joinCloses: addDays(today, 14),
    },
    worker,
  )
  if (!opened.ok) throw new Error(`${opened.code} ${opened.message}`)
  const roundId = opened.data.id as number
  const t0 = process.hrtime.bigint()
  const answers = await Promise.all(
    liaisons.map((l, i) =>
      call('joinRound', { roundId, enterpriseId: l.enterpriseId, monthlyKwh: 50_000 + i }, l.token),
    ),
  )
  const joinMs = ms(t0)
  const joined = answers.filter((a) => a.ok).length
  const startedAnswers = answers.filter((a) => a.ok && a.data.started).length
  const state = await db
    .selectFrom('sharing_power_rounds')
    .select('status')
    .where('id', '=', roundId)
    .executeTakeFirstOrThrow()
  const notices = await db
    .selectFrom('notifications')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.count<number>('user_id').distinct().as('people')])
    .where('kind', '=', 'power_round_started')
    .executeTakeFirstOrThrow()
  const startNotices = Number(notices.n)
  const startedOnce =
    joined === JOINS &&
    startedAnswers === 1 &&
    state.status === 'started' &&
    startNotices === THRESHOLD + 1 &&
    Number(notices.people) === startNotices

  // Statistics to read: 36 months of readings for every member of this round, and 20 history
  // rounds of 100 members each with theirs, generated in SQL.
  const t1 = process.hrtime.bigint()
  await sql`insert into sharing_power_rounds (community_id, title, supplier, price_e4, grid_price_e4, threshold_kind,
      threshold, join_opens, join_closes, status, started_at, created_at)
    select ${communityId}, '历史轮次 ' || n, '示例售电公司', 5202, 6000, 'enterprises', 10,
      ${addDays(today, -1200)}, ${addDays(today, -1190)}, 'started', now(), now()
    from generate_series(1, ${HISTORY_ROUNDS}) n`.execute(db)
  await sql`insert into sharing_power_members (round_id, enterprise_id, monthly_kwh, joined_by, joined_at)
    select r.id, e.id, 40000 + (e.id % 1000), null, now()
    from sharing_power_rounds r
    join lateral (select id from enterprises where credit_code like 'BENCHSHR%' order by id
                  limit ${HISTORY_MEMBERS} offset (r.id % 5) * 20) e on true
    where r.community_id = ${communityId} and r.id <> ${roundId}`.execute(db)
  await sql`insert into sharing_power_readings (round_id, enterprise_id, month, kwh, recorded_by, recorded_at)
    select m.round_id, m.enterprise_id,
      to_char(date_trunc('month', now()) - (k || ' months')::interval, 'YYYY-MM'),
      m.monthly_kwh - 500 + ((m.enterprise_id * 7 + k * 13) % 1000), null, now()
    from sharing_power_members m join sharing_power_rounds r on r.id = m.round_id
    cross join generate_series(1, ${MONTHS}) k
    where r.community_id = ${communityId}`.execute(db)
  await sql`analyze`.execute(db)
  const seedMs = ms(t1)
  const readings = Number(
    (
      await db
        .selectFrom('sharing_power_readings')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

  const time = async (fn: () => Promise<{ ok: boolean; code?: string; message?: string }>) => {
    const xs: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const t = process.hrtime.bigint()
      const r = await fn()
      xs.push(ms(t))
      if (!r.ok) throw new Error(`${r.code} ${r.message}`)
    }
    return round(percentile(xs, 50))
  }
  // The router's own cost for a small public read, to read the others against.
  const baselineP50 = await time(() => call('projects', { communityId }))
  const roundP50 = await time(() => call('round', { roundId }, worker))
  const roundsP50 = await time(() => call('rounds', { communityId }, worker))
  const detail = await call('round', { roundId }, worker)
  const list = await call('rounds', { communityId }, worker)

  console.log(
    `${bench.label}: ${JOINS} joins in ${round(joinMs / 1000, 2)} s — ${joined} joined, ${startedAnswers} answered 已开团, round ${state.status}, ${startNotices} start notices`,
  )
  console.log(
    `statistics: ${readings} readings seeded in ${round(seedMs / 1000, 1)} s; the round: ${detail.data.members.length} members, ${detail.data.round.recordedKwh} kWh, saving ¥${detail.data.round.savingFen / 100}; community total ¥${list.data.totalSavingFen / 100}`,
  )
  await db.destroy()
  await bench.drop()
  const figures = {
    joins: JOINS,
    threshold: THRESHOLD,
    started_answers: startedAnswers,
    started_once: startedOnce,
    start_notices: startNotices,
    rounds: HISTORY_ROUNDS + 1,
    readings,
    round_stats_p50_ms: roundP50,
    rounds_p50_ms: roundsP50,
    baseline_projects_p50_ms: baselineP50,
    db: bench.label,
  }
  console.log(JSON.stringify(figures))
  if (!startedOnce) process.exitCode = 1
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
