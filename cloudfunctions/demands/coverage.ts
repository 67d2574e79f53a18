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
    // grid over all of them, and the page (filtered by grid or name) in the order people work
    // through it; names are joined for the page's rows only.
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
      page as (
        select l.id, l.grid_id, l.last from last l
        where (${input.gridId ?? null}::int is null or l.grid_id = ${input.gridId ?? null}::int)
          and (${search}::text is null
            or exists (select 1 from enterprises n where n.id = l.id and n.name ilike ${search}::text))
        order by l.last asc nulls first, l.id
        limit ${PAGE + 1} offset ${offset}
      )
      select 'grid' as kind, p.grid_id, g.name as grid, u.display_name as worker, p.enterprises, p.visited,
        p.overdue, null::int as enterprise_id, null::text as enterprise, null::text as last
      from per_grid p left join grids g on g.id = p.grid_id left join users u on u.id = g.social_worker_id
      union all
      select 'item', l.grid_id, g.name, null, 0, 0, 0, l.id, e.name, l.last::text
      from page l join enterprises e on e.id = l.id left join grids g on g.id = l.grid_id
    `.execute(db)
    const items = rows.rows.filter((r) => r.kind === 'item')
    const shown = items.slice(0, PAGE)
    const planned = shown.length
      ? await db
          .selectFrom('visits')
          .select(['enterprise_id', sql<string>`min(planned_on)::text`.as('on')])
          .where('status', '=', 'planned')
          .where('planned_on', '>=', cal.today)
          .where(
            'enterprise_id',
            'in',
            shown.map((r) => r.enterprise_id!),
          )
          .groupBy('enterprise_id')
          .execute()
      : []
    const plannedOn = new Map(planned.map((p) => [p.enterprise_id, p.on]))
    // Grids with no enterprise yet still show (a grid without enterprises or a 社工 is worth seeing).
    const allGrids = await db
      .selectFrom('grids as g')
      .leftJoin('users as u', 'u.id', 'g.social_worker_id')
      .select(['g.id', 'g.name', 'u.display_name as worker'])
      .where('g.community_id', '=', input.communityId)
      .orderBy('g.id')
      .execute()
    const figures = new Map(rows.rows.filter((r) => r.kind === 'grid').map((r) => [r.grid_id, r]))
    const grids: CoverageGrid[] = allGrids.map((g) => {
      const f = figures.get(g.id)
      return {
        gridId: g.id,
        grid: g.name,
        worker: g.worker ?? null,
        enterprises: f?.enterprises ?? 0,
        visitedThisQuarter: f?.visited ?? 0,
        overdue: f?.overdue ?? 0,
      }
    })
    const noGrid = figures.get(null)
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
          plannedOn: plannedOn.get(r.enterprise_id!) ?? null,
        }
      }),
      more: items.length > PAGE,
    }
  },
})
