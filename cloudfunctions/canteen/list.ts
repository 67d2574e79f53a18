import { handler } from '../../server/core/define-function'
import { summarizeCanteens } from './domain/summary'

/** Canteens with their menu at the asker's price (rider price for verified riders). */
export const list = handler('canteen', 'list', {
  access: 'public',
  async run({ db, user }, { communityId }) {
    let q = db.selectFrom('canteens').selectAll().where('active', '=', true).orderBy('id')
    if (communityId) q = q.where('community_id', '=', communityId)
    const riderVerified = Boolean(user?.rider_verified_at)
    return {
      items: await summarizeCanteens(db, await q.execute(), riderVerified),
      riderVerified,
      signedIn: Boolean(user),
    }
  },
})
