import type { ColumnType, Generated } from 'kysely'
import type { Timestamp } from '../../server/db/schema'

// The activities feature's tables (migrations/); they join the app's DB type by declaration merging.
export interface ActivityQuestion {
  id: string
  label: string
  required: boolean
  options: string[]
}

export interface ActivitiesTable {
  id: Generated<number>
  community_id: number
  organizer_id: number
  group_id: number | null
  title: string
  category: string
  description: Generated<string>
  starts_at: Date | string
  ends_at: Date | string
  station_id: number | null
  address: Generated<string>
  audience: Generated<string>
  approval_required: Generated<boolean>
  confirm_hours: number | null
  registration_opens_at: Date | string
  registration_closes_at: Date | string
  what_to_bring: Generated<string>
  questions: ColumnType<ActivityQuestion[], string | undefined, string>
  max_children: Generated<number>
  reserved_seats: Generated<number>
  slot_id: number
  status: Generated<'published' | 'cancelled'>
  cancel_reason: string | null
  alerts_sent: ColumnType<number[], number[] | undefined, number[]>
  bigrams: ColumnType<string[], string[] | undefined, string[]>
  created_at: Timestamp
}

export interface ActivityGroupsTable {
  id: Generated<number>
  community_id: number
  name: string
  intro: Generated<string>
  cover: string | null
  archived_at: Date | string | null
}

export interface ActivityGroupMembersTable {
  group_id: number
  user_id: number
  joined_at: Timestamp
}

declare module '../../server/db/schema' {
  interface DB {
    activities: ActivitiesTable
    activity_groups: ActivityGroupsTable
    activity_group_members: ActivityGroupMembersTable
  }
}
