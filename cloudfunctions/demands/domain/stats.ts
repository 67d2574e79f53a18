import { sql, type RawBuilder, type Transaction } from 'kysely'
import { DEMAND_CATEGORIES, type DemandCategory, type DemandStats, type Figures } from '../../../contract/demands'
import type { DB } from '../../../server/db/schema'

// Statistics from the summary the writes keep (demand_stats, migration 0031): one grouped read
// of a few hundred rows for the counts (by month, grid, department, category and in total) and one
// for the medians (over the minutes each solved demand took). "Solved" means the enterprise
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

interface Grouped {
  g: number
  month: string | null
  grid_id: number | null
  dept: number | null
  category: DemandCategory | null
  n: number
  on_time: number
  rated: number
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
  const w = where(scope)
  const range = sql`month >= ${`${year}-01-01`}::date and month < ${`${year + 1}-01-01`}::date`
  const counts = await sql<Grouped & { kind: 'filed' | 'solved'; rating_sum: number }>`
    select kind, grouping(month, grid_id, department_id, category)::int as g, to_char(month, 'YYYY-MM') as month,
      grid_id, department_id as dept, category, sum(n)::int as n, sum(on_time)::int as on_time,
      sum(rated)::int as rated, sum(rating_sum)::int as rating_sum, sum(reopened)::int as reopened
    from demand_stats
    where ${range} and ${w}
    group by kind, grouping sets ((month), (grid_id), (department_id), (category), ())`.execute(db)
  const medians = await sql<{
    g: number
    month: string | null
    grid_id: number | null
    dept: number | null
    category: string | null
    median: number
  }>`
    select grouping(month, grid_id, department_id, category)::int as g, to_char(month, 'YYYY-MM') as month,
      grid_id, department_id as dept, category, percentile_cont(0.5) within group (order by m) as median
    from demand_stats cross join unnest(minutes) as m
    where kind = 'solved' and ${range} and ${w}
    group by grouping sets ((month), (grid_id), (department_id), (category), ())`.execute(db)
  const openWhere =
    scope.departmentId !== undefined ? sql`holder_department_id = ${scope.departmentId}` : where({ ...scope })
  const open = await sql<{ open: number; overdue: number }>`
    select count(*)::int as open,
      count(*) filter (where status in ('filed','dispatched','accepted') and due_at <= ${now})::int as overdue
    from demands where status not in ('closed','merged') and ${openWhere}`.execute(db)

  // grouping() bits: month 8, grid 4, dept 2, category 1; a row groups by the one column whose bit is 0.
  const key = (r: {
    g: number
    month: string | null
    grid_id: number | null
    dept: number | null
    category: string | null
  }) =>
    r.g === 15
      ? 'total'
      : r.g === 7
        ? `month:${r.month}`
        : r.g === 11
          ? `grid:${r.grid_id ?? 0}`
          : r.g === 13
            ? `dept:${r.dept ?? 0}`
            : `category:${r.category}`
  const figures = new Map<string, Figures>()
  const at = (k: string) => figures.get(k) ?? (figures.set(k, blank()), figures.get(k)!)
  for (const r of counts.rows) {
    const f = at(key(r))
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
  for (const r of medians.rows) at(key(r)).medianDays = round(Number(r.median) / 1440, 1)

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
