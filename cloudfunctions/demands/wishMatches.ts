import { handler } from '../../server/core/define-function'
import { wishStaff } from './domain/access'
import { KINDS_FOR_WISH, suggest } from './domain/matching'

/** Resources that could meet a wish (as many people as voted for it), for the community's social workers. */
export const wishMatches = handler('demands', 'wishMatches', {
  access: wishStaff('wishId'),
  async run(ctx) {
    const w = ctx.target
    return {
      items: await suggest(ctx.db, {
        communityId: w.community_id,
        kinds: KINDS_FOR_WISH[w.category],
        terms: w.terms,
        people: w.votes + 1,
      }),
    }
  },
})
