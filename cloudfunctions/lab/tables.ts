import type { ColumnType, Generated } from 'kysely'
import type { OrderStatus } from '../../contract/lab'
import type { Timestamp } from '../../server/db/schema'

// The lab feature's tables (migrations/); they join the app's DB type by declaration merging.
export interface LabsTable {
  id: Generated<number>
  code: string
  community_id: number
  name: string
  address: Generated<string>
  phone: Generated<string>
  intro: Generated<string>
  daily_capacity: number
  active: Generated<boolean>
  created_at: Timestamp
}

export interface LabCategoriesTable {
  id: Generated<number>
  lab_id: number
  name: string
}

export interface LabItemsTable {
  id: Generated<number>
  lab_id: number
  category_id: number
  code: string
  name: string
  standard: Generated<string>
  sample_requirements: Generated<string>
  turnaround_days: number
  market_price_cents: number
  lab_price_cents: number
  search_text: Generated<string>
  pinyin: Generated<string>
  initials: Generated<string>
  active: Generated<boolean>
  updated_at: Timestamp
}

export interface LabOrdersTable {
  id: Generated<number>
  code: string
  lab_id: number
  enterprise_id: number
  user_id: number | null
  status: OrderStatus
  dropoff_date: string
  due_date: string
  reservation_id: ColumnType<string | number | null, number | null | undefined, number | null>
  samples: number
  market_cents: number
  lab_cents: number
  note: Generated<string>
  return_reason: string | null
  report_file_id: string | null
  report_name: string | null
  report_size: number | null
  created_at: Timestamp
  received_at: Date | string | null
  testing_at: Date | string | null
  reported_at: Date | string | null
  returned_at: Date | string | null
  cancelled_at: Date | string | null
}

export interface LabOrderLinesTable {
  order_id: number
  item_id: number
  category_id: number
  item_name: string
  samples: number
  market_price_cents: number
  lab_price_cents: number
}

export interface LabMonthStatsTable {
  lab_id: number
  month: string
  category_id: number
  batches: Generated<number>
  samples: Generated<number>
  enterprises: Generated<number>
  market_cents: ColumnType<string | number, number | undefined, number>
  lab_cents: ColumnType<string | number, number | undefined, number>
}

export interface LabServedTable {
  lab_id: number
  month: string
  enterprise_id: number
}

declare module '../../server/db/schema' {
  interface DB {
    labs: LabsTable
    lab_categories: LabCategoriesTable
    lab_items: LabItemsTable
    lab_orders: LabOrdersTable
    lab_order_lines: LabOrderLinesTable
    lab_month_stats: LabMonthStatsTable
    lab_served: LabServedTable
  }
}
