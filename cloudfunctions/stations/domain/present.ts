import type { Transaction } from 'kysely'
import { TIERS, type Facility, type StationSummary, type Tier } from '../../../contract/stations'
import type { DB } from '../../../server/db/schema'
import type { Selectable } from 'kysely'
import type { StationsTable } from '../../../server/db/schema'
import { haversineM, walkMinutes } from './geo'
import { isOpenAt, todayHoursText, type Span } from './hours'

export type StationRow = Selectable<StationsTable> & { community_name: string }

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null)

export async function spansByStation(trx: Transaction<DB>, ids: number[]): Promise<Map<number, Span[]>> {
  const out = new Map<number, Span[]>(ids.map((id) => [id, []]))
  if (ids.length === 0) return out
  const rows = await trx.selectFrom('station_hours').selectAll().where('station_id', 'in', ids).execute()
  for (const r of rows) out.get(r.station_id)!.push({ weekday: r.weekday, opensMin: r.opens_min, closesMin: r.closes_min })
  return out
}

export function liveStatus(row: StationRow, now: Date) {
  const closedUntil = row.closed_until && new Date(row.closed_until) > now ? new Date(row.closed_until) : null
  return {
    charging: row.charging,
    closedUntil: iso(closedUntil),
    closedReason: closedUntil ? row.closed_reason : null,
    note: row.status_note,
    updatedAt: iso(row.status_updated_at),
  }
}

export function summarize(row: StationRow, spans: Span[], now: Date, from?: { lng: number; lat: number }): StationSummary {
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
    open24h: row.open_24h,
    openNow: !row.retired_at && isOpenAt(spans, row.open_24h, closedUntil, now),
    todayHours: todayHoursText(spans, row.open_24h, now),
    facilities: row.facilities as Facility[],
    rating: row.rating_count ? Math.round((row.rating_sum / row.rating_count) * 10) / 10 : null,
    ratingCount: row.rating_count,
    live: liveStatus(row, now),
  }
}
