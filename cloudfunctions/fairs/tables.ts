import type { Generated } from 'kysely'
import type { Timestamp } from '../../server/db/schema'
import type { PayUnit } from '../../contract/fairs'

// The fairs feature's tables (migrations/0120_fairs.ts); they join the app's DB type by declaration merging.

/** The rule a 社工 set once: one date, or every week (on first_date's weekday) within `weeks`. */
export interface FairSeriesTable {
  id: Generated<number>
  community_id: number
  title: string
  place: string
  repeat: 'once' | 'weekly'
  /** Shanghai calendar day, YYYY-MM-DD. */
  first_date: string
  start_min: number
  end_min: number
  booths: number
  capacity: number
  weeks: number
  created_by: number | null
  created_at: Timestamp
}

/** One occurrence of a series: its two slots hold the booths and the seekers' entries. */
export interface FairsTable {
  id: Generated<number>
  series_id: number
  community_id: number
  title: string
  place: string
  date: string
  starts_at: Date | string
  ends_at: Date | string
  booth_slot_id: number
  entry_slot_id: number
  cancelled_at: Date | string | null
  cancel_reason: string | null
  created_at: Timestamp
}

export interface FairBoothsTable {
  id: Generated<number>
  fair_id: number
  enterprise_id: number
  reservation_id: number
  booked_by: number | null
  /** What seekers scan to 投递 (lianshe://fair-booth/<code>). */
  code: string
  created_at: Timestamp
  cancelled_at: Date | string | null
}

export interface FairPositionsTable {
  id: Generated<number>
  booth_id: number
  sort: number
  title: string
  headcount: number
  pay_low: number
  pay_high: number
  pay_unit: PayUnit
  requirements: Generated<string>
}

export interface FairApplicationsTable {
  id: Generated<number>
  fair_id: number
  booth_id: number
  registration_id: number
  seeker_id: number | null
  applied_at: Date | string
  intent_at: Date | string | null
  intent_by: number | null
  hired_at: Date | string | null
  hired_by: number | null
}

declare module '../../server/db/schema' {
  interface DB {
    fair_series: FairSeriesTable
    fairs: FairsTable
    fair_booths: FairBoothsTable
    fair_positions: FairPositionsTable
    fair_applications: FairApplicationsTable
  }
}
