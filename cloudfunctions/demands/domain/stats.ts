import { sql, type RawBuilder, type Transaction } from 'kysely'
import { DEMAND_CATEGORIES, type DemandCategory, type DemandStats, type Figures } from '../../../contract/demands'
import type { DB } from '../../../server/db/schema'

// Statistics straight from the demands: one grouped scan for those solved in the year (by month,
// grid, department, category and in total) and one for those filed, on the (community, date)
// indexes. "Solved" means the enterprise confirmed closure (status closed) in the period.

export interface Scope {
  communityId?: number
  gridId?: number
  category?: DemandCategory
  departmentId?: number
}

const TZ = sql.lit('Asia/Shanghai')

function where(scope: Scope): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = []
  if (scope.communityId !== undefined) parts.push(sql`community_id = ${scope.communityId}`)
  if (scope.gridId !== undefined) parts.push(sql`grid_id = ${scope.gridId}`)
  if (scope.category !== undefined) parts.push(sql`category = ${scope.category}`)
  if (scope.departmentId !== undefined) parts.push(sql`holder_department_id = ${scope.departmentId}`)
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
  median_days: number | null
  satisfaction: number | null
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
  const from = new Date(`${year}-01-01T00:00:00+08:00`)
  const to = new Date(`${year + 1}-01-01T00:00:00+08:00`)
  const w = where(scope)
  const solved = await sql<Grouped>`
    select grouping(month, grid_id, dept, category)::int as g, month, grid_id, dept, category,
      count(*)::int as n,
      count(*) filter (where on_time)::int as on_time,
      percentile_cont(0.5) within group (order by days) as median_days,
      avg(rating)::float8 as satisfaction,
      count(rating)::int as rated,
      count(*) filter (where reopen_count > 0)::int as reopened
    from (
      select to_char(closed_at at time zone ${TZ}, 'YYYY-MM') as month, grid_id,
        holder_department_id as dept, category, on_time, rating, reopen_count,
        extract(epoch from closed_at - filed_at) / 86400.0 as days
      from demands
      where status = 'closed' and closed_at >= ${from} and closed_at < ${to} and ${w}
    ) d
    group by grouping sets ((month), (grid_id), (dept), (category), ())`.execute(db)
  const filed = await sql<Omit<Grouped, 'on_time' | 'median_days' | 'satisfaction' | 'rated' | 'reopened'>>`
    select grouping(month, grid_id, dept, category)::int as g, month, grid_id, dept, category, count(*)::int as n
    from (
      select to_char(filed_at at time zone ${TZ}, 'YYYY-MM') as month, grid_id,
        holder_department_id as dept, category
      from demands
      where status <> 'merged' and filed_at >= ${from} and filed_at < ${to} and ${w}
    ) d
    group by grouping sets ((month), (grid_id), (dept), (category), ())`.execute(db)
  const open = await sql<{ open: number; overdue: number }>`
    select count(*)::int as open,
      count(*) filter (where status in ('filed','dispatched','accepted') and due_at <= ${now})::int as overdue
    from demands where status not in ('closed','merged') and ${w}`.execute(db)

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
  for (const r of solved.rows) {
    const f = at(key(r))
    f.solved = r.n
    f.onTimeRate = r.n ? round(r.on_time / r.n) : null
    f.medianDays = round(r.median_days, 1)
    f.satisfaction = r.rated ? round(r.satisfaction, 2) : null
    f.rated = r.rated
    f.reopenRate = r.n ? round(r.reopened / r.n) : null
  }
  for (const r of filed.rows) at(key(r)).filed = r.n

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
