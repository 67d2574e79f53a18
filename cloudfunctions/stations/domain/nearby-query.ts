import { sql, type Transaction } from 'kysely'
import type { DB } from '../../../server/db/schema'
import { shanghaiClock } from '../../../server/time/shanghai'
import { bigrams, likePattern, normalize } from './bigrams'
import { mercRadius, mercY } from './geo'
import type { StationRow } from './present'

export interface NearbyQuery {
  lng: number
  lat: number
  radiusM: number
  facilities: string[]
  openNow: boolean
  q: string
  limit: number
  now: Date
}

/**
 * Nearest stations first, filtered, in one indexed query: the GiST index on `pos` both bounds
 * the search to the radius (`<@ circle`) and yields rows nearest-first (`<->`), so the scan stops
 * after `limit` rows pass the filters. Open-now is the rule of hours.ts isOpenAt, in SQL.
 */
export async function queryNearby(trx: Transaction<DB>, p: NearbyQuery): Promise<StationRow[]> {
  const origin = sql`point(${p.lng}, ${mercY(p.lat)})`
  const { weekday, minute } = shanghaiClock(p.now)
  const prev = (weekday + 6) % 7
  const q = normalize(p.q)

  let query = trx
    .selectFrom('stations as s')
    .innerJoin('communities as c', 'c.id', 's.community_id')
    .selectAll('s')
    .select('c.name as community_name')
    .where('s.retired_at', 'is', null)
    .where(sql<boolean>`s.pos <@ circle(${origin}, ${mercRadius(p.radiusM, p.lat)})`)

  if (p.facilities.length) query = query.where(sql<boolean>`s.facilities @> ${p.facilities}::text[]`)
  if (q) {
    const grams = bigrams(q)
    if (grams.length) query = query.where(sql<boolean>`s.bigrams @> ${grams}::text[]`)
    query = query.where(sql<boolean>`lower(s.name || ' ' || s.address || ' ' || s.operator) like ${likePattern(q)}`)
  }
  if (p.openNow) {
    query = query
      .where((eb) => eb.or([eb('s.closed_until', 'is', null), eb('s.closed_until', '<=', p.now)]))
      .where(
        sql<boolean>`(s.open_24h or exists (
          select 1 from station_hours h where h.station_id = s.id and (
            (h.weekday = ${weekday} and h.opens_min <= ${minute} and (h.closes_min > ${minute} or h.closes_min <= h.opens_min))
            or (h.weekday = ${prev} and h.closes_min <= h.opens_min and h.closes_min > ${minute})
          )))`,
      )
  }
  return (await query.orderBy(sql`s.pos <-> ${origin}`).limit(p.limit).execute()) as StationRow[]
}
