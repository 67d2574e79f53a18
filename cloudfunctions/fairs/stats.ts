import { handler } from '../../server/core/define-function'
import { fairStaff } from './domain/access'
import { fairsQuery, presentFair, statsOf } from './domain/present'
import { boothResults } from './domain/results'

/** 社工: the figures of one fair, of its whole series, and per booth. */
export const stats = handler('fairs', 'stats', {
  access: fairStaff('fairId'),
  async run({ db, now, target: fair }) {
    const series = await db
      .selectFrom('fair_series')
      .select('title')
      .where('id', '=', fair.series_id)
      .executeTakeFirstOrThrow()
    const held = await db
      .selectFrom('fairs')
      .select('id')
      .where('series_id', '=', fair.series_id)
      .where('starts_at', '<=', now)
      .execute()
    return {
      fair: presentFair(await fairsQuery(db).where('f.id', '=', fair.id).executeTakeFirstOrThrow(), now),
      seriesTitle: series.title,
      fairStats: await statsOf(db, [fair.id]),
      // The series' figures: its fairs held so far (and this one).
      seriesStats: await statsOf(db, [...new Set([fair.id, ...held.map((f) => f.id)])]),
      booths: await boothResults(db, fair),
    }
  },
})
