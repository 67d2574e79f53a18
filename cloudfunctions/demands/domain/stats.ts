import { sql, type RawBuilder, type Transaction } from 'kysely'
import { DEMAND_CATEGORIES, type DemandCategory, type DemandStats, type Figures } from '../../../contract/demands'
import type { DB } from '../../../server/db/schema'

// Statistics from the summary the writes keep (demand_stats, migration 0031): a community's year
// is read from its roll-up rows (all, per grid, per department, per category, by month); a view of
// one grid, category or department from the matching cells. One read for the counts, one for the
// medians (over the minutes each solved demand took). "Solved" means the enterprise
// confirmed closure in the period; "filed" leaves out duplicates merged into another demand.

export interface Scope {
  communityId?: number
  gridId?: number
  category?: DemandCategory
  departmentId?: number
}

function where(scope: Scope): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = []
  if (scope.communityId !== undefined) parts.push(sql`community_id = ${scope.communityId}`)
  if (scope.gridId !== undefined) parts.push(sql`grid_id = ${scope.gridId}`)
  if (scope.category !== undefined) parts.push(sql`category = ${scope.category}`)
  if (scope.departmentId !== undefined) parts.push(sql`department_id = ${scope.departmentId}`)
  return parts.length ? sql.join(parts, sql` and `) : sql`true`
}

interface Counted {
  kind: 'filed' | 'solved'
  k: string
  n: number
  on_time: number
  rated: number
  rating_sum: number
  reopened: number
}

const blank = (): Figures => ({
  filed: 0,
  solved: 0,
  onTimeRate: null,
  medianDays: null,
  satisfaction: null,
  rated: 0,
  reopenRate: null,
})

const round = (x: number | null, digits = 3) => (x === null ? null : Number(Number(x).toFixed(digits)))

export async function statsFor(
  db: Transaction<DB>,
  scope: Scope,
  year: number,
  now: Date,
  label: string,
): Promise<DemandStats> {
  const range = sql`month >= ${`${year}-01-01`}::date and month < ${`${year + 1}-01-01`}::date`
  const rollups = scope.communityId !== undefined && scope.gridId === undefined && scope.category === undefined
  let counts: { rows: Counted[] }
  let medians: { rows: { k: string; median: number }[] }
  if (rollups) {
    // The whole community: its roll-up rows (all, per grid, per department, per category) of the year.
    const c = scope.communityId!
    const rolled = sql`case when grid_id >= 0 then 'grid:' || grid_id when department_id >= 0 then 'dept:' || department_id
      when category <> '*' then 'category:' || category else 'total' end`
    const ofYear = sql`community_id = ${c} and ${range} and (grid_id = -1 or department_id = -1)`
    const allRows = sql`community_id = ${c} and ${range} and grid_id = -1 and department_id = -1 and category = '*'`
    counts = await sql<Counted>`
      select kind, k, sum(n)::int as n, sum(on_time)::int as on_time, sum(rated)::int as rated,
        sum(rating_sum)::int as rating_sum, sum(reopened)::int as reopened
      from (
        select kind, ${rolled} as k, n, on_time, rated, rating_sum, reopened from demand_stats where ${ofYear}
        union all
        select kind, 'month:' || to_char(month, 'YYYY-MM'), n, on_time, rated, rating_sum, reopened
        from demand_stats where ${allRows}
      ) x
      group by kind, k`.execute(db)
    medians = await sql<{ k: string; median: number }>`
      select k, percentile_cont(0.5) within group (order by m) as median
      from (
        select ${rolled} as k, minutes from demand_stats where kind = 'solved' and ${ofYear}
        union all
        select 'month:' || to_char(month, 'YYYY-MM'), minutes from demand_stats where kind = 'solved' and ${allRows}
      ) x cross join unnest(x.minutes) as m
      group by k`.execute(db)
  } else {
    // One grid, one category or one department: the cells that match, grouped every way at once.
    const cells = sql`grid_id >= 0 and department_id >= 0 and category <> '*' and ${range} and ${where(scope)}`
    const grouped = sql`case grouping(month, grid_id, department_id, category) when 15 then 'total'
      when 7 then 'month:' || to_char(month, 'YYYY-MM') when 11 then 'grid:' || grid_id
      when 13 then 'dept:' || department_id else 'category:' || category end`
    counts = await sql<Counted>`
      select kind, ${grouped} as k, sum(n)::int as n, sum(on_time)::int as on_time, sum(rated)::int as rated,
        sum(rating_sum)::int as rating_sum, sum(reopened)::int as reopened
      from demand_stats where ${cells}
      group by kind, grouping sets ((month), (grid_id), (department_id), (category), ())`.execute(db)
    medians = await sql<{ k: string; median: number }>`
      select ${grouped} as k, percentile_cont(0.5) within group (order by m) as median
      from demand_stats cross join unnest(minutes) as m
      where kind = 'solved' and ${cells}
      group by grouping sets ((month), (grid_id), (department_id), (category), ())`.execute(db)
  }
  const openWhere =
    scope.departmentId !== undefined ? sql`holder_department_id = ${scope.departmentId}` : where({ ...scope })
  const open = await sql<{ open: number; overdue: number }>`
    select count(*)::int as open,
      count(*) filter (where status in ('filed','dispatched','accepted') and due_at <= ${now})::int as overdue
    from demands where status not in ('closed','merged') and ${openWhere}`.execute(db)

  const figures = new Map<string, Figures>()
  const at = (k: string) => figures.get(k) ?? (figures.set(k, blank()), figures.get(k)!)
  for (const r of counts.rows) {
    const f = at(r.k)
    if (r.kind === 'filed') {
      f.filed = r.n
      continue
    }
    f.solved = r.n
    f.onTimeRate = r.n ? round(r.on_time / r.n) : null
    f.satisfaction = r.rated ? round(r.rating_sum / r.rated, 2) : null
    f.rated = r.rated
    f.reopenRate = r.n ? round(r.reopened / r.n) : null
  }
  for (const r of medians.rows) at(r.k).medianDays = round(Number(r.median) / 1440, 1)

  const gridIds = [...figures.keys()].filter((k) => k.startsWith('grid:')).map((k) => Number(k.slice(5)))
  const deptIds = [...figures.keys()].filter((k) => k.startsWith('dept:')).map((k) => Number(k.slice(5)))
  const grids = new Map(
    (gridIds.some(Boolean)
      ? await db.selectFrom('grids').select(['id', 'name']).where('id', 'in', gridIds.filter(Boolean)).execute()
      : []
    ).map((g) => [g.id, g.name]),
  )
  const depts = new Map(
    (deptIds.some(Boolean)
      ? await db.selectFrom('departments').select(['id', 'name']).where('id', 'in', deptIds.filter(Boolean)).execute()
      : []
    ).map((d) => [d.id, d.name]),
  )
  const rows = (prefix: string, labelOf: (k: string) => string) =>
    [...figures.entries()]
      .filter(([k]) => k.startsWith(prefix))
      .map(([k, f]) => ({ key: k.slice(prefix.length), label: labelOf(k.slice(prefix.length)), ...f }))
      .sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }))
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)
  return {
    scope: label,
    year,
    total: figures.get('total') ?? blank(),
    byMonth: months.map((m) => ({
      key: m,
      label: `${Number(m.slice(5))}月`,
      ...(figures.get(`month:${m}`) ?? blank()),
    })),
    byGrid: rows('grid:', (k) => (k === '0' ? '未划网格' : (grids.get(Number(k)) ?? k))),
    byDepartment: rows('dept:', (k) => (k === '0' ? '社区办理或未接单' : (depts.get(Number(k)) ?? k))),
    byCategory: rows('category:', (k) => DEMAND_CATEGORIES[k as DemandCategory] ?? k),
    overdueOpen: open.rows[0]?.overdue ?? 0,
    open: open.rows[0]?.open ?? 0,
  }
}
