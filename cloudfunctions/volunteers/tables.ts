import type { Generated } from 'kysely'
import type { RepairKind, TaskKind, TeamKind } from '../../contract/volunteers'
import type { Timestamp } from '../../server/db/schema'

// The volunteers feature's tables (migrations/0162); they join the app's DB type by declaration merging.
export interface VolunteerTeamsTable {
  id: Generated<number>
  community_id: number
  name: string
  kind: TeamKind
  intro: Generated<string>
  auto_approve: Generated<boolean>
  created_by: number | null
  created_at: Timestamp
}

export interface VolunteerMembersTable {
  team_id: number
  user_id: number
  status: 'pending' | 'active' | 'declined'
  organiser: Generated<boolean>
  skills: Generated<string>
  joined_at: Timestamp
  decided_by: number | null
}

export interface VolunteerTasksTable {
  id: Generated<number>
  team_id: number
  kind: TaskKind
  title: string
  description: Generated<string>
  place: Generated<string>
  starts_at: Timestamp
  minutes: number
  helpers: number
  slot_id: number
  status: Generated<'open' | 'done' | 'cancelled'>
  requested_by: number | null
  repair_kind: RepairKind | null
  created_by: number | null
  created_at: Timestamp
}

export interface VolunteerHoursTable {
  task_id: number
  user_id: number
  minutes: number
  confirmed_by: number | null
  confirmed_at: Timestamp
}

declare module '../../server/db/schema' {
  interface DB {
    volunteer_teams: VolunteerTeamsTable
    volunteer_members: VolunteerMembersTable
    volunteer_tasks: VolunteerTasksTable
    volunteer_hours: VolunteerHoursTable
  }
}
