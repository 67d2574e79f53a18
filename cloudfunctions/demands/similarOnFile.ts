import { DEMAND_STATUS } from '../../contract/demands'
import { handler } from '../../server/core/define-function'
import { bigrams } from '../../server/text/bigrams'
import { enterpriseFiler } from './domain/access'
import { alikeOpenDemands, duplicateReason } from './domain/duplicates'

/**
 * 企业点单, while writing: open demands like this one. The enterprise's own are named (follow or
 * add to that one instead of filing twice); other enterprises' are only counted (the community is
 * already on the same problem), never shown.
 */
export const similarOnFile = handler('demands', 'similarOnFile', {
  access: enterpriseFiler('enterpriseId'),
  async run({ db, target: e }, input) {
    const alike = await alikeOpenDemands(db, {
      community_id: e.community_id,
      title: input.title,
      description: input.description,
      terms: bigrams(`${input.title} ${input.description}`),
    })
    const own = alike.filter((x) => x.enterprise_id === e.id)
    return {
      own: own.slice(0, 3).map((x) => ({
        id: x.id,
        title: x.title,
        status: DEMAND_STATUS[x.status],
        reason: duplicateReason(x.id, x.words),
      })),
      othersInCommunity: alike.length - own.length,
    }
  },
})
