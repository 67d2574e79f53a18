import { sql } from 'kysely'
import { handler } from '../../server/core/define-function'
import { likePattern } from '../../server/text/bigrams'
import { communityDemandStaff } from './domain/access'
import { visitCalendar } from './domain/visits'

const PAGE = 30

interface CoverageGrid {
  gridId: number | null
  grid: string
  worker: string | null
  enterprises: number
  visitedThisQuarter: number
  overdue: number
}

/**
 * 走访覆盖: per grid, the enterprises visited this quarter of all and those not visited for 90
 * days (or never); then the enterprises, the longest unvisited first. PostgreSQL does it: each
 * enterprise's last visit comes from visit_last (kept by a trigger on visits, migration 0150) in
 * one hash join, and the figures and the page come out of one pass over the community's enterprises.
 */
export const coverage = handler('demands', 'coverage', {
  access: communityDemandStaff('communityId'),
  async run({ db, now, target }, input) {
    const cal = visitCalendar(now)
    const search = input.q ? likePattern(input.q) : null
    const offset = (input.page - 1) * PAGE
    // One statement: the last visit per enterprise (materialized once, ids only), the figures per
    // grid over all of them (every grid of the community, with or without enterprises), and the
    // page (filtered by grid or name) in the order people work through it; names and the next
    // planned visit are read for the page's rows only.
    const rows = await sql<{
      kind: 'grid' | 'item'
      grid_id: number | null
      grid: string | null
      worker: string | null
      enterprises: number
      visited: number
      overdue: number
      enterprise_id: number | null
      enterprise: string | null
      last: string | null
      planned: string | null
    }>`
      with last as materialized (
        select e.id, e.grid_id, l.last_visited_on as last
        from enterprises e left join visit_last l on l.enterprise_id = e.id
        where e.community_id = ${input.communityId}
      ),
      per_grid as (
        select grid_id, count(*)::int as enterprises,
          count(*) filter (where last >= ${cal.quarterStart}::date)::int as visited,
          count(*) filter (where last is null or last <= ${cal.overdueOnOrBefore}::date)::int as overdue
        from last group by grid_id
      ),
      grid_list as (
        select g.id, g.name, g.social_worker_id from grids g where g.community_id = ${input.communityId}
      ),
      page as (
        select l.id, l.grid_id, l.last from last l
        where (${input.gridId ?? null}::int is null or l.grid_id = ${input.gridId ?? null}::int)
          and (${search}::text is null
            or exists (select 1 from enterprises n where n.id = l.id and n.name ilike ${search}::text))
        order by l.last asc nulls first, l.id
        limit ${PAGE + 1} offset ${offset}
      )
      select 'grid' as kind, coalesce(g.id, p.grid_id) as grid_id, g.name as grid, u.display_name as worker,
        coalesce(p.enterprises, 0) as enterprises, coalesce(p.visited, 0) as visited,
        coalesce(p.overdue, 0) as overdue, null::int as enterprise_id, null::text as enterprise,
        null::text as last, null::text as planned
      from grid_list g full join per_grid p on p.grid_id = g.id left join users u on u.id = g.social_worker_id
      union all
      select 'item', l.grid_id, g.name, null, 0, 0, 0, l.id, e.name, l.last::text,
        (select min(v.planned_on)::text from visits v
          where v.enterprise_id = l.id and v.status = 'planned' and v.planned_on >= ${cal.today}::date)
      from page l join enterprises e on e.id = l.id left join grids g on g.id = l.grid_id
    `.execute(db)
    const items = rows.rows.filter((r) => r.kind === 'item')
    const shown = items.slice(0, PAGE)
    const gridRows = rows.rows.filter((r) => r.kind === 'grid')
    const grids: CoverageGrid[] = gridRows
      .filter((r) => r.grid_id !== null)
      .sort((a, b) => a.grid_id! - b.grid_id!)
      .map((r) => ({
        gridId: r.grid_id,
        grid: r.grid ?? '',
        worker: r.worker ?? null,
        enterprises: r.enterprises,
        visitedThisQuarter: r.visited,
        overdue: r.overdue,
      }))
    // Enterprises of no grid come last, as one row.
    const noGrid = gridRows.find((r) => r.grid_id === null)
    if (noGrid)
      grids.push({
        gridId: null,
        grid: '未划分网格',
        worker: null,
        enterprises: noGrid.enterprises,
        visitedThisQuarter: noGrid.visited,
        overdue: noGrid.overdue,
      })
    const sum = (k: 'enterprises' | 'visitedThisQuarter' | 'overdue') => grids.reduce((n, g) => n + g[k], 0)
    const dayMs = 86_400_000
    return {
      community: target.name,
      quarter: cal.quarter,
      quarterStart: cal.quarterStart,
      total: {
        gridId: null,
        grid: '全社区',
        worker: null,
        enterprises: sum('enterprises'),
        visitedThisQuarter: sum('visitedThisQuarter'),
        overdue: sum('overdue'),
      },
      grids,
      items: shown.map((r) => {
        const daysSince = r.last === null ? null : Math.round((Date.parse(cal.today) - Date.parse(r.last)) / dayMs)
        return {
          enterpriseId: r.enterprise_id!,
          enterprise: r.enterprise!,
          grid: r.grid,
          lastVisitOn: r.last,
          daysSince,
          overdue: r.last === null || r.last <= cal.overdueOnOrBefore,
          plannedOn: r.planned,
        }
      }),
      more: items.length > PAGE,
    }
  },
})
