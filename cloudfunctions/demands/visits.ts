import { sql } from 'kysely'
import { handler } from '../../server/core/define-function'
import { isAdmin, socialWorkerOf } from '../../server/people/roles'
import { presentVisitRow, visitQuery } from './domain/visits'

const PAGE = 20

/**
 * Visits, the latest entered first: the asker's own (mine), or their community's (a 社工 of it, or an admin
 * naming it). Optionally planned or done ones, or one enterprise's.
 */
export const visits = handler('demands', 'visits', {
  access: ['social_worker', 'admin'],
  async run({ db, user }, input) {
    const mine = socialWorkerOf(user)
    let q = visitQuery(db)
    if (input.scope === 'mine') q = q.where('v.worker_id', '=', user.id)
    if (input.communityId !== undefined) {
      q = q.where(
        isAdmin(user) || mine.includes(input.communityId)
          ? sql<boolean>`v.community_id = ${input.communityId}`
          : sql<boolean>`false`,
      )
    } else if (!isAdmin(user)) {
      q = q.where(mine.length ? sql<boolean>`v.community_id in (${sql.join(mine)})` : sql<boolean>`false`)
    }
    if (input.status !== 'all') q = q.where('v.status', '=', input.status)
    if (input.enterpriseId !== undefined) q = q.where('v.enterprise_id', '=', input.enterpriseId)
    if (input.before !== undefined) q = q.where('v.id', '<', input.before)
    const rows = await q
      .orderBy('v.id', 'desc')
      .limit(PAGE + 1)
      .execute()
    return { items: rows.slice(0, PAGE).map(presentVisitRow), more: rows.length > PAGE }
  },
})
