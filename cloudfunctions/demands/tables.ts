import type { ColumnType, Generated } from 'kysely'
import type { DemandCategory, DemandStatus, ResourceKind, Urgency, WishCategory } from '../../contract/demands'
import type { DemandChannel } from '../../contract/visits'

// The demands feature's tables (migrations/); they join the app's DB type by declaration merging.
type At = Date | string
type Terms = ColumnType<string[], string[] | undefined, string[]>

export interface DemandsTable {
  id: Generated<number>
  community_id: number
  grid_id: number | null
  enterprise_id: number
  filed_by: number | null
  category: DemandCategory
  urgency: Urgency
  title: string
  description: string
  contact_name: string
  contact_phone: string
  status: DemandStatus
  paused_from: DemandStatus | null
  holder_department_id: number | null
  solved_by: 'community' | 'department' | null
  resource_id: number | null
  merged_into: number | null
  result: string | null
  filed_at: At
  due_at: At
  remind_at: At | null
  reminded_at: At | null
  paused_at: At | null
  sla_left_minutes: number | null
  escalated_at: At | null
  closure_proposed_at: At | null
  closed_at: At | null
  on_time: boolean | null
  rating: number | null
  rating_comment: string | null
  rated_at: At | null
  reopen_count: Generated<number>
  terms: Terms
  updated_at: At
  /** How it came in: the liaison ('self') or 代报 by a 社工 (migration 0150). */
  channel: ColumnType<DemandChannel, DemandChannel | undefined, DemandChannel>
  visit_id: number | null
  confirmed_at: At | null
  confirmed_by: number | null
}

export type AssignmentStatus = 'pending' | 'accepted' | 'returned' | 'released'

export interface DemandAssignmentsTable {
  id: Generated<number>
  demand_id: number
  department_id: number
  status: AssignmentStatus
  lead: Generated<boolean>
  deadline: At
  dispatched_by: number | null
  dispatched_at: At
  responded_by: number | null
  responded_at: At | null
  reason: string | null
}

export interface DemandEventsTable {
  id: Generated<number>
  demand_id: number
  at: At
  actor_id: number | null
  actor_label: string
  kind: string
  note: Generated<string>
  holder_label: Generated<string>
  due_at: At | null
}

export interface WishesTable {
  id: Generated<number>
  community_id: number
  user_id: number
  category: WishCategory
  title: string
  description: Generated<string>
  status: Generated<'open' | 'matched'>
  votes: Generated<number>
  resource_id: number | null
  linked_by: number | null
  linked_at: At | null
  terms: Terms
  created_at: At
  /** When the wisher confirmed a claim fulfilled (migration 0160). */
  fulfilled_at: At | null
}

export interface WishVotesTable {
  wish_id: number
  user_id: number
  at: At
}

export interface DemandResourcesTable {
  id: Generated<number>
  community_id: number | null
  kind: ResourceKind
  title: string
  description: Generated<string>
  provider: string
  place: Generated<string>
  capacity: number | null
  active: Generated<boolean>
  terms: Terms
  created_by: number | null
  created_at: At
}

export interface DemandAttachmentsTable {
  id: Generated<number>
  demand_id: number | null
  event_id: number | null
  wish_id: number | null
  visit_id: number | null
  file_id: string
  name: string
  mime: string
  size: number
  uploaded_by: number | null
  created_at: At
  /** The wish claim whose fulfilment it shows (migration 0160). */
  claim_id: number | null
}

export interface UploadsTable {
  key: string
  owner_id: number
  name: string
  mime: string
  size: number
  created_at: At
  /** The file's bytes (migration 0060); null only for a disk file not yet read in at start. */
  data: Buffer | null
}

/** Kept by a trigger on demands (migration 0031): never written by the app. */
export interface DemandStatsTable {
  community_id: number
  kind: 'filed' | 'solved'
  month: Date | string
  grid_id: Generated<number>
  department_id: Generated<number>
  category: string
  n: Generated<number>
  on_time: Generated<number>
  rated: Generated<number>
  rating_sum: Generated<number>
  reopened: Generated<number>
  minutes: Generated<number[]>
}

export interface DemandStreetOfficesTable {
  community_id: number
  department_id: number
}

/** 网格走访 (migration 0150): planned, then recorded with the day, who was met and what was found. */
export interface VisitsTable {
  id: Generated<number>
  community_id: number
  grid_id: number | null
  enterprise_id: number
  worker_id: number | null
  status: 'planned' | 'done'
  planned_on: string | null
  visited_on: string | null
  met: Generated<string>
  findings: Generated<string>
  created_at: At
  recorded_at: At | null
}

/** Each enterprise's last recorded visit, kept by a trigger on visits (migration 0150): never written by the app. */
export interface VisitLastTable {
  enterprise_id: number
  last_visited_on: string
}

declare module '../../server/db/schema' {
  interface DB {
    demands: DemandsTable
    demand_assignments: DemandAssignmentsTable
    demand_events: DemandEventsTable
    wishes: WishesTable
    wish_votes: WishVotesTable
    demand_resources: DemandResourcesTable
    demand_attachments: DemandAttachmentsTable
    uploads: UploadsTable
    demand_street_offices: DemandStreetOfficesTable
    demand_stats: DemandStatsTable
    visits: VisitsTable
    visit_last: VisitLastTable
  }
}
