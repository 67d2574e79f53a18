import { sql } from 'kysely'
import { handler } from '../../server/core/define-function'
import { bigrams, likePattern, normalize } from '../../server/text/bigrams'
import { addDays, shanghaiDate, shanghaiInstant } from '../../server/time/shanghai'
import { summarize } from './domain/present'

/** Upcoming activities by start time; filters by category, community, days, seats left, text. */
export const list = handler('activities', 'list', {
  access: 'public',
  async run({ db, user, now }, { category, communityId, from, days, hasSeats, q }) {
    const start = from ? shanghaiInstant(from) : now
    const end = shanghaiInstant(addDays(from ?? shanghaiDate(now), days))
    let query = db
      .selectFrom('activities')
      .selectAll()
      .where('ends_at', '>', from ? start : now)
      .where('starts_at', '<', end)
      .orderBy('starts_at')
      .orderBy('id')
      .limit(100)
    if (category) query = query.where('category', '=', category)
    if (communityId) query = query.where('community_id', '=', communityId)
    if (hasSeats) {
      query = query.where('status', '=', 'published').where('slot_id', 'in', (eb) =>
        eb
          .selectFrom('slots')
          .select('id')
          .where(sql<boolean>`taken < capacity`),
      )
    }
    const text = normalize(q)
    if (text) {
      const grams = bigrams(text)
      // Two characters or more: bigram index; one character: a plain scan of titles.
      query = grams.length
        ? query.where(sql<boolean>`bigrams @> ${sql.val(grams)}::text[]`)
        : query.where(sql<boolean>`lower(title) like ${likePattern(text)}`)
    }
    return { items: await summarize(db, await query.execute(), user, now) }
  },
})
