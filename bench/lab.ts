// npm run bench -- lab
// The shared lab at scale: 100,000 orders (with their lines) of 3,000 enterprises against a
// catalogue of 200 items, generated in SQL, the monthly figures recounted from them. Measured
// through the lab function's real main:
// - a catalogue search (Chinese, pinyin, initials, a standard number): p50;
// - one enterprise's orders (its liaison's 我的检测订单): p50;
// - a year's statistics (batches, enterprises served, savings by month and category): p50;
// - 500 enterprises' liaisons booking a drop-off day with 50 places, all at once: exactly 50.
// Last line: {"orders", "items", "enterprises", "catalogue_search_p50_ms", "enterprise_orders_p50_ms",
// "year_stats_p50_ms", "baseline_labs_p50_ms", "dropoff_requests", "dropoff_places", "dropoff_booked", "dropoff_exact", "db"}.
import { sql } from 'kysely'
import { main as lab } from '../cloudfunctions/lab/index'
import { searchColumns, writeItem } from '../cloudfunctions/lab/domain/catalogue'
import { recountStats } from '../cloudfunctions/lab/domain/stats'
import { CATALOGUE } from '../cloudfunctions/lab/seed-catalogue'
import { createSession } from '../server/auth/sessions'
import { shanghaiDate } from '../server/time/shanghai'
import { workingDaysFrom } from '../server/time/working-days'
import { openBenchDatabase } from './_db'
import { ms, percentile, round } from './_util'

const ORDERS = Number(process.env.BENCH_ORDERS ?? 100_000)
const ITEMS = 200
const ENTERPRISES = 3000
const RUNS = 60
const DROPOFF_REQUESTS = 500
const DROPOFF_PLACES = 50

async function main() {
  const bench = await openBenchDatabase({ poolSize: 20 })
  const { db, runtime } = bench
  const now = new Date()
  const call = async (action: string, input: unknown, token?: string) =>
    (await lab({ action, input }, { lianshe: { sessionToken: token, runtime } })) as {
      ok: boolean
      code?: string
      message?: string
      data?: any
    }

  // A community, 3,000 enterprises, a lab with 200 items (the seed's 100 twice, as two series).
  const setup = await db.transaction().execute(async (trx) => {
    const community = await trx
      .insertInto('communities')
      .values({
        code: 'BENCH-LAB',
        name: '基准测试社区',
        district: '示例区',
        enterprises: null,
        workers: null,
        lng: 121.8,
        lat: 29.9,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await sql`insert into enterprises (name, credit_code, community_id)
      select '基准企业' || n, 'BENCHLAB' || lpad(n::text, 10, '0'), ${community.id}
      from generate_series(1, ${ENTERPRISES}) n`.execute(trx)
    const l = await trx
      .insertInto('labs')
      .values({
        code: 'BENCH-LAB',
        community_id: community.id,
        name: '基准共享实验室',
        daily_capacity: DROPOFF_PLACES,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    return { communityId: community.id, labId: l.id }
  })
  const { labId } = setup
  const edits = []
  for (let series = 0; series < ITEMS / 100; series++)
    for (const [c, [category, items]] of CATALOGUE.entries())
      for (const [i, [name, standard, sampleRequirements, turnaroundDays, market]] of items.entries())
        edits.push({
          code: `S${series}-${c}-${i}`,
          name: series ? `${name}（复检）` : name,
          category,
          standard,
          sampleRequirements,
          turnaroundDays,
          marketPriceCents: market * 100,
          labPriceCents: Math.round(market * 58),
        })
  const searched = await Promise.all(edits.map(async (e) => ({ e, s: await searchColumns(e) })))
  await db.transaction().execute(async (trx) => {
    const tctx = { db: trx, now, runtime, afterCommit: () => {} } as never
    for (const { e, s } of searched) await writeItem(tctx, labId, e, s)
  })

  const t0 = process.hrtime.bigint()
  await sql`with e as (select id, row_number() over (order by id) - 1 as k from enterprises where credit_code like 'BENCHLAB%'),
    i as (select id, market_price_cents, lab_price_cents, row_number() over (order by id) - 1 as k from lab_items where lab_id = ${labId}),
    o as (select n, timestamptz '2025-01-02 09:30:00+08' + ((n * 7919) % 700) * interval '1 day' as at,
                 1 + n % 3 as samples, (n * 37) % ${ENTERPRISES} as ek, (n * 31) % ${ITEMS} as ik
          from generate_series(1, ${ORDERS}) n)
    insert into lab_orders (code, lab_id, enterprise_id, status, dropoff_date, due_date, samples, market_cents,
                            lab_cents, created_at, received_at, testing_at, reported_at)
    select 'B' || lpad(o.n::text, 7, '0'), ${labId}, e.id,
           case when o.n % 10 = 0 then 'testing' else 'reported' end,
           to_char((o.at + interval '1 day') at time zone 'Asia/Shanghai', 'YYYY-MM-DD'),
           to_char((o.at + interval '9 days') at time zone 'Asia/Shanghai', 'YYYY-MM-DD'),
           o.samples, o.samples * i.market_price_cents, o.samples * i.lab_price_cents,
           o.at, o.at + interval '1 day', o.at + interval '2 days',
           case when o.n % 10 = 0 then null else o.at + interval '8 days' end
    from o join e on e.k = o.ek join i on i.k = o.ik`.execute(db)
  await sql`with i as (select id, category_id, name, market_price_cents, lab_price_cents,
                              row_number() over (order by id) - 1 as k from lab_items where lab_id = ${labId})
    insert into lab_order_lines (order_id, item_id, category_id, item_name, samples, market_price_cents, lab_price_cents)
    select o.id, i.id, i.category_id, i.name, o.samples, i.market_price_cents, i.lab_price_cents
    from lab_orders o join i on i.k = (substr(o.code, 2)::int * 31) % ${ITEMS}
    where o.lab_id = ${labId}`.execute(db)
  await db
    .transaction()
    .execute((trx) => recountStats({ db: trx, now, runtime, afterCommit: () => {} } as never, labId))
  await sql`analyze`.execute(db)
  const seedMs = ms(t0)

  // 500 liaisons, each of their own enterprise, signed in.
  const ents = await db
    .selectFrom('enterprises')
    .select('id')
    .where('credit_code', 'like', 'BENCHLAB%')
    .orderBy('id')
    .limit(DROPOFF_REQUESTS)
    .execute()
  const liaisons = await db.transaction().execute(async (trx) => {
    const users = await trx
      .insertInto('users')
      .values(
        ents.map((_, i) => ({
          role: 'enterprise' as const,
          display_name: `联络员${i}`,
          phone: `1360000${String(i).padStart(4, '0')}`,
          onboarded_at: now,
        })),
      )
      .returning('id')
      .execute()
    await trx
      .insertInto('user_roles')
      .values(users.map((u, i) => ({ user_id: u.id, role: 'enterprise' as const, enterprise_id: ents[i].id })))
      .execute()
    const out: { token: string; enterpriseId: number }[] = []
    for (const [i, u] of users.entries())
      out.push({ token: (await createSession(trx, u.id, 'demo', now)).token, enterpriseId: ents[i].id })
    return out
  })

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
  // The router's own cost for a public call of one small read, to read the others against.
  const baselineP50 = await time(() => call('labs', {}))
  const queries = ['游隙', 'youxi', 'zcyx', 'GB/T 307.1', '硬度', 'yingdu', '盐雾试验']
  let qi = 0
  const catalogueP50 = await time(() => call('catalogue', { labId, q: queries[qi++ % queries.length] }))
  const search = await call('catalogue', { labId, q: 'jxyx' })
  const ordersP50 = await time(() => call('myOrders', {}, liaisons[0].token))
  const mine = await call('myOrders', {}, liaisons[0].token)
  const statsP50 = await time(() => call('stats', { labId, year: 2025 }))
  const year = await call('stats', { labId, year: 2025 })

  const day = workingDaysFrom(shanghaiDate(now), 3)[2]
  const item = search.data.items[0].id
  const answers = await Promise.all(
    liaisons.map((l) =>
      call(
        'order',
        { labId, enterpriseId: l.enterpriseId, dropoffDate: day, lines: [{ itemId: item, samples: 1 }] },
        l.token,
      ),
    ),
  )
  const booked = answers.filter((a) => a.ok).length
  const full = answers.filter((a) => !a.ok && a.code === 'FULL').length
  const rows = await db
    .selectFrom('lab_orders')
    .select('id')
    .where('lab_id', '=', labId)
    .where('dropoff_date', '=', day)
    .execute()
  const slot = await db
    .selectFrom('slots')
    .select(['taken', 'capacity'])
    .where('kind', '=', 'lab')
    .where('owner_id', '=', labId)
    .executeTakeFirstOrThrow()

  console.log(`${bench.label}: ${ORDERS} orders seeded in ${round(seedMs / 1000, 1)} s`)
  console.log(`search jxyx → ${search.data.items.map((i: { name: string }) => i.name).join('、')}`)
  console.log(
    `an enterprise's orders: ${mine.data.items.length}; 2025: ${year.data.batches} batches, ${year.data.enterprises} enterprises, saving ${year.data.savingPct}%`,
  )
  console.log(
    `drop-off: ${booked} booked, ${full} 已满, ${answers.length - booked - full} other${answers.find((a) => !a.ok && a.code !== 'FULL')?.message ?? ''}; slot ${slot.taken}/${slot.capacity}; orders ${rows.length}`,
  )
  await db.destroy()
  await bench.drop()
  const exact =
    booked === DROPOFF_PLACES && rows.length === DROPOFF_PLACES && full === DROPOFF_REQUESTS - DROPOFF_PLACES
  const figures = {
    orders: ORDERS,
    items: ITEMS,
    enterprises: ENTERPRISES,
    catalogue_search_p50_ms: catalogueP50,
    enterprise_orders_p50_ms: ordersP50,
    year_stats_p50_ms: statsP50,
    baseline_labs_p50_ms: baselineP50,
    dropoff_requests: DROPOFF_REQUESTS,
    dropoff_places: DROPOFF_PLACES,
    dropoff_booked: booked,
    dropoff_exact: exact,
    db: bench.label,
  }
  console.log(JSON.stringify(figures))
  if (!exact || catalogueP50 > 10 || ordersP50 > 20 || statsP50 > 50) process.exitCode = 1
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
