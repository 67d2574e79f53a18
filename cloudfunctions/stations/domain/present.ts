import { TIERS, type Facility, type StationSummary, type Tier } from '../../../contract/stations'
import type { Selectable } from 'kysely'
import type { StationsTable } from '../tables'
import { haversineM, rideMinutes, walkMinutes } from './geo'
import { isOpenAt, opensText, spansOf, todayHoursText } from './hours'

/** The columns a station answer needs. */
export const STATION_COLUMNS = [
  's.id',
  's.code',
  's.name',
  's.tier',
  's.community_id',
  's.operator',
  's.address',
  's.phone',
  's.lng',
  's.lat',
  's.open_24h',
  's.hours',
  's.facilities',
  's.after_hours_entry',
  's.rider_offers',
  's.photos',
  's.rating_sum',
  's.rating_count',
  's.charging',
  's.closed_until',
  's.closed_reason',
  's.status_note',
  's.status_updated_at',
  's.retired_at',
] as const

/** What a list item is made from (nearby_stations, migration 0008, returns these). */
export type SummaryRow = Pick<
  StationRow,
  | 'id'
  | 'code'
  | 'name'
  | 'tier'
  | 'address'
  | 'lng'
  | 'lat'
  | 'open_24h'
  | 'hours'
  | 'facilities'
  | 'rating_sum'
  | 'rating_count'
  | 'charging'
  | 'closed_until'
  | 'closed_reason'
  | 'status_note'
  | 'status_updated_at'
  | 'retired_at'
  | 'community_name'
>

export type StationRow = Omit<
  Selectable<StationsTable>,
  'pos' | 'open_week' | 'search_text' | 'bigrams' | 'created_at' | 'updated_at'
> & {
  community_name: string
}

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null)

export function liveStatus(
  row: Pick<StationRow, 'charging' | 'closed_until' | 'closed_reason' | 'status_note' | 'status_updated_at'>,
  now: Date,
) {
  const closedUntil = row.closed_until && new Date(row.closed_until) > now ? new Date(row.closed_until) : null
  return {
    charging: row.charging,
    closedUntil: iso(closedUntil),
    closedReason: closedUntil ? row.closed_reason : null,
    note: row.status_note,
    updatedAt: iso(row.status_updated_at),
  }
}

export function summarize(row: SummaryRow, now: Date, from?: { lng: number; lat: number }): StationSummary {
  const spans = spansOf(row.hours)
  const distanceM = from ? Math.round(haversineM(from.lng, from.lat, row.lng, row.lat)) : 0
  const closedUntil = row.closed_until ? new Date(row.closed_until) : null
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    tier: row.tier as Tier,
    tierLabel: TIERS[row.tier as Tier] ?? row.tier,
    communityName: row.community_name,
    address: row.address,
    lng: row.lng,
    lat: row.lat,
    distanceM,
    walkMinutes: walkMinutes(distanceM),
    rideMinutes: rideMinutes(distanceM),
    open24h: row.open_24h,
    openNow: !row.retired_at && isOpenAt(spans, row.open_24h, closedUntil, now),
    todayHours: todayHoursText(spans, row.open_24h, now),
    opensText: row.retired_at ? null : opensText(spans, row.open_24h, closedUntil, now),
    facilities: row.facilities as Facility[],
    rating: row.rating_count ? Math.round((row.rating_sum / row.rating_count) * 10) / 10 : null,
    ratingCount: row.rating_count,
    live: liveStatus(row, now),
  }
}
