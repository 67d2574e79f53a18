import { handler } from '../../server/core/define-function'
import { demandTriagerReading } from './domain/access'
import { KINDS_FOR_DEMAND, suggest } from './domain/matching'

/** Resources that could meet a demand, for its grid's social worker. */
export const matches = handler('demands', 'matches', {
  access: demandTriagerReading('demandId'),
  async run(ctx) {
    const d = ctx.target.demand
    return {
      items: await suggest(ctx.db, {
        communityId: d.community_id,
        kinds: KINDS_FOR_DEMAND[d.category],
        terms: d.terms,
        people: 1,
      }),
    }
  },
})
