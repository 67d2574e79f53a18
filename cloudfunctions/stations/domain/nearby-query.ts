import { sql, type Transaction } from 'kysely'
import type { DB } from '../../../server/db/schema'
import { shanghaiClock } from '../../../server/time/shanghai'
import { EARTH_RADIUS_M, haversineM } from './geo'
import type { SummaryRow } from './present'

export interface NearbySearch {
  lng: number
  lat: number
  radiusM: number
  facilities: readonly string[]
  /** Only stations open at this instant (Shanghai hours, temporary closures); null: any. */
  openAt: Date | null
  /** Part of the name, address or operator. */
  q: string
  limit: number
}

export interface Found {
  row: SummaryRow
  distanceM: number
}

const M_PER_DEG = (EARTH_RADIUS_M * Math.PI) / 180
// Rows read past `limit`, so that the nearest-first check below passes on the first read.
const SPARE = 4

/**
 * The `limit` nearest live stations within the radius that pass the filters, nearest first by
 * exact (haversine) distance, ties to the lower id: what checking every station would give.
 *
 * The GiST index on `pos` (Mercator, migration 0008) bounds the scan to a circle and yields rows
 * nearest-first on the map, so PostgreSQL stops after a few rows whatever the filters. Map order
 * is true order times a scale factor (1/cos latitude) that changes a little across the circle, so
 * a few spare rows are read and the answer is ranked here by true distance; if a row not read
 * could still be nearer than the last one kept, read more.
 */
export async function nearestStations(trx: Transaction<DB>, p: NearbySearch): Promise<Found[]> {
  // Every point within the radius lies below this latitude, where a map degree is shortest.
  const poleward = Math.min(89, Math.abs(p.lat) + p.radiusM / M_PER_DEG)
  const mPerMapDeg = M_PER_DEG * Math.cos((poleward * Math.PI) / 180)
  const mapRadius = (p.radiusM / mPerMapDeg) * (1 + 1e-9)

  for (let read = p.limit + SPARE; ; read *= 4) {
    const rows = await nearestOnMap(trx, p, mapRadius, read)
    const found = rows
      .map((row) => ({ row, distanceM: haversineM(p.lng, p.lat, row.lng, row.lat) }))
      .filter((f) => f.distanceM <= p.radiusM)
      .sort((a, b) => a.distanceM - b.distanceM || a.row.id - b.row.id)
      .slice(0, p.limit)
    if (rows.length < read) return found
    // A row not read is at least this far away (1 mm spare for rounding).
    const unread = rows[rows.length - 1].map_distance * mPerMapDeg - 0.001
    const needed = found.length === p.limit ? found[p.limit - 1].distanceM : p.radiusM
    if (needed < unread) return found
  }
}

/** `read` stations nearest on the map (migration 0008's nearby_stations: the index, the filters). */
async function nearestOnMap(trx: Transaction<DB>, p: NearbySearch, mapRadius: number, read: number) {
  const clock = p.openAt ? shanghaiClock(p.openAt) : null
  const { rows } = await sql<{ found: (SummaryRow & { map_distance: number })[] }>`
    select nearby_stations(${p.lng}::float8, ${p.lat}::float8, ${mapRadius}::float8, ${sql.val(p.facilities)}::text[],
      ${p.openAt}::timestamptz, ${clock ? clock.weekday * 1440 + clock.minute : null}::int4, ${p.q.trim()}, ${read}::int4)
      as found`.execute(trx)
  return rows[0].found
}

/**
 * Open stations first, then closed ones, each nearest first: a rider at 06:00 sees where to go
 * now before the closed stations around the corner. Two reads of the same query: the `limit`
 * nearest open at `now`, then the nearest of any kind to fill the rest with closed ones.
 */
export async function nearestOpenFirst(trx: Transaction<DB>, p: Omit<NearbySearch, 'openAt'>, now: Date) {
  const open = await nearestStations(trx, { ...p, openAt: now })
  if (open.length === p.limit) return open
  const openIds = new Set(open.map((f) => f.row.id))
  const any = await nearestStations(trx, { ...p, openAt: null, limit: p.limit })
  return [...open, ...any.filter((f) => !openIds.has(f.row.id))].slice(0, p.limit)
}
