import { handler } from '../../server/core/define-function'
import { isAdmin, socialWorkerOf } from '../../server/people/roles'
import { fairsQuery, presentFair } from './domain/present'
import { ruleText } from './domain/schedule'

/** 社工: the series of the communities they keep (admins: all), each with its coming and recent fairs. */
export const managed = handler('fairs', 'managed', {
  access: ['social_worker', 'admin'],
  async run({ db, user, now }) {
    const mine = socialWorkerOf(user)
    let cq = db.selectFrom('communities').select(['id', 'name']).orderBy('id')
    if (!isAdmin(user)) cq = mine.length ? cq.where('id', 'in', mine) : cq.where('id', '=', -1)
    const communities = await cq.execute()
    const ids = communities.map((c) => c.id)
    if (ids.length === 0) return { communities, series: [] }
    const series = await db
      .selectFrom('fair_series')
      .selectAll()
      .where('community_id', 'in', ids)
      .orderBy('id', 'desc')
      .limit(50)
      .execute()
    // The last 60 days and what is coming.
    const since = new Date(now.getTime() - 60 * 86_400_000)
    const fairs = series.length
      ? await fairsQuery(db)
          .where(
            'f.series_id',
            'in',
            series.map((s) => s.id),
          )
          .where('f.ends_at', '>', since)
          .orderBy('f.starts_at')
          .execute()
      : []
    return {
      communities,
      series: series.map((s) => ({
        id: s.id,
        communityId: s.community_id,
        title: s.title,
        place: s.place,
        repeat: s.repeat,
        rule: ruleText(s),
        booths: s.booths,
        capacity: s.capacity,
        weeks: s.weeks,
        fairs: fairs.filter((f) => f.series_id === s.id).map((f) => presentFair(f, now)),
      })),
    }
  },
})
