import { sql } from 'kysely'
import { handler } from '../../server/core/define-function'
import { bigrams, likePattern, normalize } from '../../server/text/bigrams'
import { shanghaiDate } from '../../server/time/shanghai'
import { presentSummary, publicChallenges } from './domain/challenges'

/** The public board: open challenges (deadline not passed), by chain, community, award; Chinese search. */
export const board = handler('talent', 'board', {
  access: 'public',
  async run({ db, now }, { chain, communityId, q, sort, minAwardYuan }) {
    let query = publicChallenges(db)
      .where('c.status', '=', 'open')
      .where(sql<boolean>`c.deadline >= ${shanghaiDate(now)}::date`)
      .limit(100)
    if (chain) query = query.where('c.chain', '=', chain)
    if (communityId) query = query.where('c.community_id', '=', communityId)
    if (minAwardYuan !== undefined) query = query.where('c.award_yuan', '>=', minAwardYuan)
    const text = normalize(q)
    if (text) {
      const grams = bigrams(text)
      // Public words only: the index holds title, summary, chain and skills, never the details.
      query = grams.length
        ? query.where(sql<boolean>`c.bigrams @> ${sql.val(grams)}::text[]`)
        : query.where(sql<boolean>`lower(c.title) like ${likePattern(text)}`)
    }
    query =
      sort === 'award'
        ? query.orderBy('c.award_yuan', 'desc').orderBy('c.id', 'desc')
        : sort === 'deadline'
          ? query.orderBy('c.deadline').orderBy('c.id')
          : query.orderBy('c.created_at', 'desc').orderBy('c.id', 'desc')
    return { items: (await query.execute()).map((c) => presentSummary(c, now)) }
  },
})
