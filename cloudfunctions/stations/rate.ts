import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'

/** One rating per person per station; rating again replaces it. The average is kept on the station. */
export const rate = handler('stations', 'rate', {
  access: own("the caller's rating of a station"),
  async run({ db, user, now }, { stationId, stars, text }) {
    const station = await db
      .selectFrom('stations')
      .select(['id', 'retired_at'])
      .where('id', '=', stationId)
      .forUpdate()
      .executeTakeFirst()
    if (!station || station.retired_at) return refuse('NOT_FOUND', '站点不存在或已撤销')
    const previous = await db
      .selectFrom('station_ratings')
      .select('stars')
      .where('station_id', '=', stationId)
      .where('user_id', '=', user.id)
      .executeTakeFirst()
    await db
      .insertInto('station_ratings')
      .values({ station_id: stationId, user_id: user.id, stars, text })
      .onConflict((oc) => oc.columns(['station_id', 'user_id']).doUpdateSet({ stars, text, created_at: now }))
      .execute()
    const updated = await db
      .updateTable('stations')
      .set((eb) => ({
        rating_sum: eb('rating_sum', '+', stars - (previous?.stars ?? 0)),
        rating_count: eb('rating_count', '+', previous ? 0 : 1),
      }))
      .where('id', '=', stationId)
      .returning(['rating_sum', 'rating_count'])
      .executeTakeFirstOrThrow()
    return {
      rating: updated.rating_count ? Math.round((updated.rating_sum / updated.rating_count) * 10) / 10 : null,
      ratingCount: updated.rating_count,
    }
  },
})
