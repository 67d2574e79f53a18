import { sql, type Transaction } from 'kysely'
import type { DB } from '../../../server/db/schema'
import { bigrams, likePattern, normalize } from '../../../server/text/bigrams'
import { mercRadius, mercY } from './geo'
import { minuteOfWeek } from './hours'
import { SUMMARY_COLUMNS, type SummaryRow } from './present'

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
 * after `limit` rows pass the filters. Open-now is the
 * precomputed open_week (hours.ts scheduleColumns) containing the minute of the week.
 */
export async function queryNearby(trx: Transaction<DB>, p: NearbyQuery): Promise<SummaryRow[]> {
  // PostgreSQL has no statistics for geometric containment and assumes a circle holds 0.1% of
  // the stations (100 of 100k; a 5 km circle in a city holds ~2,000). With that guess it prefers
  // to bitmap-scan the whole circle and sort (6–12 ms) over walking the index nearest-first and
  // stopping after `limit` matches (~1.5 ms), which is right whatever the filters. Pin it for
  // this transaction only.
  await sql`set local enable_bitmapscan = off`.execute(trx)
  const origin = sql`point(${p.lng}, ${mercY(p.lat)})`
  const q = normalize(p.q)

  let query = trx
    .selectFrom('stations as s')
    .innerJoin('communities as c', 'c.id', 's.community_id')
    .select(SUMMARY_COLUMNS)
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
      .where(sql<boolean>`s.open_week @> ${minuteOfWeek(p.now)}::int4`)
  }
  return (await query.orderBy(sql`s.pos <-> ${origin}`).limit(p.limit).execute()) as SummaryRow[]
}
