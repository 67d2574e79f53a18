import { handler } from '../../server/core/define-function'
import { isAdmin, socialWorkerOf } from '../../server/people/roles'
import { fairsQuery, presentFair } from './domain/present'

/** Upcoming fairs (not yet ended; cancelled ones say so), soonest first. */
export const list = handler('fairs', 'list', {
  access: 'public',
  async run({ db, user, now }, { communityId }) {
    let q = fairsQuery(db).where('f.ends_at', '>', now)
    if (communityId !== undefined) q = q.where('f.community_id', '=', communityId)
    const rows = await q.orderBy('f.starts_at').orderBy('f.id').limit(60).execute()
    return {
      items: rows.map((r) => presentFair(r, now)),
      signedIn: !!user,
      canManage: !!user && (isAdmin(user) || socialWorkerOf(user).length > 0),
    }
  },
})
