import { handler } from '../../server/core/define-function'
import { isAdmin } from '../../server/people/roles'
import { brokerOf } from './domain/access'
import { introductionsQuery, presentIntroduction } from './domain/introductions'

/** The introductions of the broker's communities and where each ended up. */
export const introductions = handler('talent', 'introductions', {
  access: ['broker', 'admin'],
  async run({ db, user }) {
    let q = introductionsQuery(db).orderBy('i.created_at', 'desc').orderBy('i.id', 'desc').limit(200)
    if (!isAdmin(user)) {
      const ids = brokerOf(user)
      q = q.where('i.community_id', 'in', ids.length ? ids : [-1])
    }
    return { items: (await q.execute()).map(presentIntroduction) }
  },
})
