import { sql } from 'kysely'
import { INT4_MAX } from '../../contract/define'
import { handler, own } from '../../server/core/define-function'
import { departmentsOf, enterprisesOf, isAdmin, socialWorkerOf } from '../../server/people/roles'
import { bigrams, likePattern } from '../../server/text/bigrams'
import { presentSummaries } from './domain/present'

const PAGE = 20

/**
 * The asker's queues, each scoped by their own grants: an enterprise's demands, the social
 * worker's grid (or whole community), a department's inbox (live dispatches), a street office's
 * escalations. Filters: open, overdue (running past the deadline), closed, all; words (bigrams).
 */
export const queue = handler('demands', 'queue', {
  access: own("lists only demands within the caller's own grants (enterprise, grid, community, department, street)"),
  async run({ db, user, now }, input) {
    let q = db
      .selectFrom('demands as d')
      .innerJoin('communities as c', 'c.id', 'd.community_id')
      .innerJoin('enterprises as e', 'e.id', 'd.enterprise_id')
      .leftJoin('grids as g', 'g.id', 'd.grid_id')
    const none = sql<boolean>`false`
    switch (input.view) {
      case 'enterprise': {
        const mine = enterprisesOf(user)
        q = q.where(mine.length ? sql<boolean>`d.enterprise_id in (${sql.join(mine)})` : none)
        break
      }
      case 'grid':
        q = q.where('g.social_worker_id', '=', user.id)
        break
      case 'community': {
        const mine = socialWorkerOf(user)
        if (input.communityId !== undefined) {
          q = q.where(
            isAdmin(user) || mine.includes(input.communityId)
              ? sql<boolean>`d.community_id = ${input.communityId}`
              : none,
          )
        } else if (!isAdmin(user)) q = q.where(mine.length ? sql<boolean>`d.community_id in (${sql.join(mine)})` : none)
        break
      }
      case 'department': {
        const mine = departmentsOf(user).filter((x) => input.departmentId === undefined || x === input.departmentId)
        q = q.where(
          mine.length
            ? sql<boolean>`exists (select 1 from demand_assignments a where a.demand_id = d.id
                and a.department_id in (${sql.join(mine)}) and a.status in ('pending','accepted'))`
            : none,
        )
        break
      }
      case 'escalated': {
        const mine = departmentsOf(user)
        q = q.where(
          mine.length
            ? sql<boolean>`d.escalated_at is not null and d.community_id in
                (select community_id from demand_street_offices where department_id in (${sql.join(mine)}))`
            : none,
        )
        break
      }
    }
    const running = sql<boolean>`d.status in ('filed','dispatched','accepted')`
    const counts = await q
      .select([
        sql<number>`count(*) filter (where d.status not in ('closed','merged'))::int`.as('open'),
        sql<number>`count(*) filter (where ${running} and d.due_at <= ${now})::int`.as('overdue'),
      ])
      .executeTakeFirstOrThrow()
    if (input.filter === 'open') q = q.where('d.status', 'not in', ['closed', 'merged'])
    else if (input.filter === 'overdue') q = q.where(running).where('d.due_at', '<=', now)
    else if (input.filter === 'closed') q = q.where('d.status', '=', 'closed')
    if (input.q) {
      const grams = bigrams(input.q)
      q = grams.length
        ? q.where(sql<boolean>`d.terms @> ${sql.val(grams)}::text[]`)
        : q.where('d.title', 'ilike', likePattern(input.q))
    }
    // A cursor past the largest id (int4) leaves every demand in.
    if (input.before !== undefined && input.before <= INT4_MAX) q = q.where('d.id', '<', input.before)
    const rows = await q
      .selectAll('d')
      .select(['c.name as community_name', 'e.name as enterprise_name', 'g.name as grid_name'])
      .orderBy('d.id', 'desc')
      .limit(PAGE + 1)
      .execute()
    return {
      items: await presentSummaries(db, rows.slice(0, PAGE), now),
      more: rows.length > PAGE,
      counts: { open: Number(counts.open), overdue: Number(counts.overdue) },
    }
  },
})
