import { sql, type Transaction } from 'kysely'
import { DEMAND_CATEGORIES, type DemandCategory, type Headline } from '../../../contract/demands'
import type { DB } from '../../../server/db/schema'

// The public page's figures for a community or a whole district, counted from the records:
// demands solved (closure confirmed) in all, by year, by half-year and by category; open now;
// on-time rate and satisfaction over all solved ones.
export async function headline(
  db: Transaction<DB>,
  name: string,
  scope: { communityId: number } | { district: string },
): Promise<Headline> {
  const w =
    'communityId' in scope
      ? sql`d.community_id = ${scope.communityId}`
      : sql`d.community_id in (select id from communities where district = ${scope.district})`
  const { rows } = await sql<{
    g: number
    year: number | null
    half: number | null
    category: DemandCategory | null
    n: number
    on_time: number
    satisfaction: number | null
  }>`
    select grouping(year, half, category)::int as g, year, half, category, count(*)::int as n,
      count(*) filter (where on_time)::int as on_time, avg(rating)::float8 as satisfaction
    from (
      select extract(year from closed_at at time zone 'Asia/Shanghai')::int as year,
        case when extract(month from closed_at at time zone 'Asia/Shanghai') <= 6 then 1 else 2 end as half,
        category, on_time, rating
      from demands d where d.status = 'closed' and ${w}
    ) x
    group by grouping sets ((year), (year, half), (category), ())`.execute(db)
  const open = await sql<{ n: number }>`
    select count(*)::int as n from demands d where d.status not in ('closed','merged') and ${w}`.execute(db)
  const total = rows.find((r) => r.g === 7)
  return {
    name,
    solvedTotal: total?.n ?? 0,
    open: open.rows[0]?.n ?? 0,
    onTimeRate: total?.n ? Number((total.on_time / total.n).toFixed(3)) : null,
    satisfaction: total?.satisfaction ? Number(Number(total.satisfaction).toFixed(2)) : null,
    byYear: rows
      .filter((r) => r.g === 3)
      .sort((a, b) => a.year! - b.year!)
      .map((r) => ({ period: `${r.year} 年`, solved: r.n })),
    byHalf: rows
      .filter((r) => r.g === 1)
      .sort((a, b) => a.year! - b.year! || a.half! - b.half!)
      .map((r) => ({ period: `${r.year} 年${r.half === 1 ? '上' : '下'}半年`, solved: r.n })),
    byCategory: rows
      .filter((r) => r.g === 6)
      .sort((a, b) => b.n - a.n)
      .map((r) => ({ category: r.category!, label: DEMAND_CATEGORIES[r.category!], solved: r.n })),
  }
}
