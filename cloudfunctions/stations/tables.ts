import type { ColumnType, Generated, GeneratedAlways } from 'kysely'
import type { Timestamp } from '../../server/db/schema'

// The stations feature's tables (migrations/); they join the app's DB type by declaration merging.
export interface StationsTable {
  id: Generated<number>
  code: string
  name: string
  tier: string
  community_id: number
  operator: Generated<string>
  address: string
  phone: Generated<string>
  lng: number
  lat: number
  open_24h: Generated<boolean>
  /** [weekday, opensMin, closesMin][] */
  hours: ColumnType<[number, number, number][], string, string>
  facilities: Generated<string[]>
  after_hours_entry: Generated<string>
  rider_offers: Generated<string>
  photos: Generated<string[]>
  rating_sum: Generated<number>
  rating_count: Generated<number>
  charging: 'available' | 'full' | null
  closed_until: Date | string | null
  closed_reason: string | null
  status_note: string | null
  status_updated_at: Date | string | null
  retired_at: Date | string | null
  // Derived by the database from the columns above (migration 0008) for nearby; never written
  // (nullable to PostgreSQL: generated columns always are).
  pos: GeneratedAlways<string | null>
  open_week: GeneratedAlways<string | null>
  search_text: GeneratedAlways<string | null>
  bigrams: GeneratedAlways<string[] | null>
  created_at: Timestamp
  updated_at: Timestamp
}

export interface StationManagersTable {
  station_id: number
  user_id: number
}

export interface StationRatingsTable {
  station_id: number
  user_id: number
  stars: number
  text: Generated<string>
  created_at: Timestamp
}

export interface StationReportsTable {
  id: Generated<number>
  station_id: number
  community_id: number
  user_id: number
  kind: string
  text: Generated<string>
  status: Generated<'open' | 'resolved'>
  resolution: string | null
  resolved_by: number | null
  created_at: Timestamp
  resolved_at: Date | string | null
}

declare module '../../server/db/schema' {
  interface DB {
    stations: StationsTable
    station_managers: StationManagersTable
    station_ratings: StationRatingsTable
    station_reports: StationReportsTable
  }
}
