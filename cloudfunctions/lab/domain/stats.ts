import { sql } from 'kysely'
import type { TxCtx } from '../../../server/core/tx'
import { shanghaiDate } from '../../../server/time/shanghai'

// The figures the texts can be checked against (「2025年为200余家企业完成3200批次低成本检测」,
// 「检测费用较市场价降低40%以上」): a batch (批次) is one order whose report was issued, counted in the
// month of its report. Kept per month and category as reports are issued (lab_month_stats,
// category 0 = whole batches) with who was served each month (lab_served), so a year's statistics
// read a few hundred rows whatever the number of orders.

/** Count an order whose report was just issued (in the issuing transaction). */
export async function countReport(
  { db }: TxCtx,
  o: { id: number; lab_id: number; enterprise_id: number; samples: number; market_cents: number; lab_cents: number },
  reportedAt: Date,
) {
  const month = shanghaiDate(reportedAt).slice(0, 7)
  const add = (categoryId: number, samples: number, market: number, lab: number) =>
    sql`insert into lab_month_stats (lab_id, month, category_id, batches, samples, market_cents, lab_cents)
        values (${o.lab_id}, ${month}, ${categoryId}, 1, ${samples}, ${market}, ${lab})
        on conflict (lab_id, month, category_id) do update set
          batches = lab_month_stats.batches + 1, samples = lab_month_stats.samples + excluded.samples,
          market_cents = lab_month_stats.market_cents + excluded.market_cents,
          lab_cents = lab_month_stats.lab_cents + excluded.lab_cents`.execute(db)
  await add(0, o.samples, o.market_cents, o.lab_cents)
  const perCategory = await db
    .selectFrom('lab_order_lines')
    .select((eb) => [
      'category_id',
      eb.fn.sum<number>('samples').as('samples'),
      eb.fn.sum<number>(sql`samples * market_price_cents`).as('market'),
      eb.fn.sum<number>(sql`samples * lab_price_cents`).as('lab'),
    ])
    .where('order_id', '=', o.id)
    .groupBy('category_id')
    .execute()
  for (const c of perCategory) await add(c.category_id, Number(c.samples), Number(c.market), Number(c.lab))
  const first = await db
    .insertInto('lab_served')
    .values([
      { lab_id: o.lab_id, month, enterprise_id: o.enterprise_id },
      { lab_id: o.lab_id, month: month.slice(0, 4), enterprise_id: o.enterprise_id },
    ])
    .onConflict((oc) => oc.doNothing())
    .returning('month')
    .execute()
  if (first.some((r) => r.month === month)) {
    await db
      .updateTable('lab_month_stats')
      .set((eb) => ({ enterprises: eb('enterprises', '+', 1) }))
      .where('lab_id', '=', o.lab_id)
      .where('month', '=', month)
      .where('category_id', '=', 0)
      .execute()
  }
}

/** Recount a lab's figures from its orders in one statement each (the seed's history, the bench). */
export async function recountStats({ db }: TxCtx, labId: number) {
  await db.deleteFrom('lab_month_stats').where('lab_id', '=', labId).execute()
  await db.deleteFrom('lab_served').where('lab_id', '=', labId).execute()
  const month = sql`to_char(o.reported_at at time zone 'Asia/Shanghai', 'YYYY-MM')`
  await sql`insert into lab_month_stats (lab_id, month, category_id, batches, samples, market_cents, lab_cents)
    select o.lab_id, ${month}, 0, count(*), sum(o.samples), sum(o.market_cents), sum(o.lab_cents)
    from lab_orders o where o.lab_id = ${labId} and o.status = 'reported' group by 1, 2`.execute(db)
  await sql`insert into lab_month_stats (lab_id, month, category_id, batches, samples, market_cents, lab_cents)
    select o.lab_id, ${month}, l.category_id, count(distinct o.id), sum(l.samples),
           sum(l.samples * l.market_price_cents), sum(l.samples * l.lab_price_cents)
    from lab_orders o join lab_order_lines l on l.order_id = o.id
    where o.lab_id = ${labId} and o.status = 'reported' group by 1, 2, 3`.execute(db)
  await sql`insert into lab_served (lab_id, month, enterprise_id)
    select distinct o.lab_id, ${month}, o.enterprise_id
    from lab_orders o where o.lab_id = ${labId} and o.status = 'reported'`.execute(db)
  await sql`insert into lab_served (lab_id, month, enterprise_id)
    select distinct lab_id, left(month, 4), enterprise_id from lab_served where lab_id = ${labId}`.execute(db)
  await sql`update lab_month_stats s set enterprises = v.n
    from (select month, count(*) as n from lab_served where lab_id = ${labId} and length(month) = 7 group by month) v
    where s.lab_id = ${labId} and s.month = v.month and s.category_id = 0`.execute(db)
}

/** A year's statistics of a lab. */
export async function yearStats({ db }: TxCtx, labId: number, year: number) {
  const from = `${year}-01`
  const to = `${year}-12`
  const whole = await db
    .selectFrom('lab_month_stats')
    .select(['month', 'batches', 'samples', 'enterprises', 'market_cents', 'lab_cents'])
    .where('lab_id', '=', labId)
    .where('category_id', '=', 0)
    .where('month', '>=', from)
    .where('month', '<=', to)
    .execute()
  const perCategory = await db
    .selectFrom('lab_month_stats as s')
    .innerJoin('lab_categories as c', 'c.id', 's.category_id')
    .select((eb) => [
      'c.id',
      'c.name',
      eb.fn.sum<number>('s.batches').as('batches'),
      eb.fn.sum<number>('s.market_cents').as('market'),
      eb.fn.sum<number>('s.lab_cents').as('lab'),
    ])
    .where('s.lab_id', '=', labId)
    .where('s.category_id', '>', 0)
    .where('s.month', '>=', from)
    .where('s.month', '<=', to)
    .groupBy(['c.id', 'c.name'])
    .execute()
  const served = await db
    .selectFrom('lab_served')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('lab_id', '=', labId)
    .where('month', '=', String(year))
    .executeTakeFirstOrThrow()
  const months = Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`
    const r = whole.find((w) => w.month === month)
    return {
      month,
      batches: r?.batches ?? 0,
      enterprises: r?.enterprises ?? 0,
      marketCents: Number(r?.market_cents ?? 0),
      labCents: Number(r?.lab_cents ?? 0),
    }
  })
  const sum = (f: (r: (typeof whole)[number]) => number) => whole.reduce((a, r) => a + f(r), 0)
  const marketCents = sum((r) => Number(r.market_cents))
  const labCents = sum((r) => Number(r.lab_cents))
  return {
    year,
    batches: sum((r) => r.batches),
    enterprises: Number(served.n),
    samples: sum((r) => r.samples),
    marketCents,
    labCents,
    savingPct: marketCents ? Math.round(((marketCents - labCents) / marketCents) * 1000) / 10 : 0,
    months,
    categories: perCategory
      .map((c) => ({
        id: c.id,
        name: c.name,
        batches: Number(c.batches),
        marketCents: Number(c.market),
        labCents: Number(c.lab),
      }))
      .sort((a, b) => b.batches - a.batches || a.id - b.id),
  }
}
