import type { ColumnType, Generated } from 'kysely'
import type { Timestamp } from '../../server/db/schema'

// The canteen feature's tables (migrations/); they join the app's DB type by declaration merging.
export interface ServiceWindow {
  name: string
  start: number
  end: number
  /** Weekdays it serves, 1 = Monday … 7 = Sunday; absent = every day. */
  days?: number[]
}

export interface CanteensTable {
  id: Generated<number>
  code: string
  name: string
  community_id: number
  station_id: number | null
  address: Generated<string>
  phone: Generated<string>
  intro: Generated<string>
  windows: ColumnType<ServiceWindow[], string, string>
  slot_minutes: number
  seats_per_slot: number
  booking_days: number
  cutoff_minutes: number
  rider_discount: number
  no_show_limit: Generated<number>
  no_show_days: Generated<number>
  suspend_days: Generated<number>
  active: Generated<boolean>
  lng: number | null
  lat: number | null
  retired_at: Date | string | null
  retired_reason: string | null
}

/** A planned day off (holiday, closure): no slot of that service day can be booked. */
export interface CanteenClosuresTable {
  canteen_id: number
  /** A Shanghai calendar day, YYYY-MM-DD. */
  date: string
  reason: string
  created_at: Timestamp
}

export interface CanteenMenuItemsTable {
  id: Generated<number>
  canteen_id: number
  name: string
  price_cents: number
  available: Generated<boolean>
  sort: Generated<number>
}

/** A rider's live 骑手码 (migration 0161): the SHA-256 of the code, valid RIDER_CODE_SECONDS after issue. */
export interface CanteenRiderCodesTable {
  user_id: number
  code_hash: string
  issued_at: Timestamp
}

/** A rider's walk-in meal at the rider price, recorded at the counter from their 骑手码. */
export interface CanteenRiderMealsTable {
  id: Generated<number>
  canteen_id: number
  starts_at: Timestamp
  user_id: number | null
  discount: number
  recorded_by: number | null
  recorded_at: Timestamp
}

export interface CanteenStaffTable {
  canteen_id: number
  user_id: number
}

export interface RiderVerificationsTable {
  id: Generated<number>
  user_id: number
  community_id: number | null
  platform: string
  rider_no: string
  photo: string | null
  status: Generated<'pending' | 'approved' | 'rejected'>
  reason: string | null
  reviewed_by: number | null
  reviewed_at: Date | string | null
  created_at: Timestamp
}

/** People served without a booking, per canteen slot (the counter's ± buttons). */
export interface CanteenWalkInsTable {
  canteen_id: number
  starts_at: Date | string
  count: Generated<number>
}

declare module '../../server/db/schema' {
  interface DB {
    canteens: CanteensTable
    canteen_menu_items: CanteenMenuItemsTable
    canteen_staff: CanteenStaffTable
    rider_verifications: RiderVerificationsTable
    canteen_rider_codes: CanteenRiderCodesTable
    canteen_rider_meals: CanteenRiderMealsTable
    canteen_walk_ins: CanteenWalkInsTable
    canteen_closures: CanteenClosuresTable
  }
}
