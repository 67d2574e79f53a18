import type { ColumnType, Generated, Selectable } from 'kysely'
import type { Role } from '../../contract/roles'

/** A value as JSON stores it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>

export interface CommunitiesTable {
  id: Generated<number>
  code: string
  name: string
  district: string
  street: Generated<string>
  address: Generated<string>
  enterprises: number | null
  workers: number | null
  motto: Generated<string>
  intro: Generated<string>
  lng: number
  lat: number
  created_at: Timestamp
}

export interface UsersTable {
  id: Generated<number>
  role: Role
  display_name: string
  openid: string | null
  username: string | null
  password_hash: string | null
  phone: string | null
  community_id: number | null
  demo: Generated<boolean>
  disabled: Generated<boolean>
  rider_verified_at: Date | string | null
  birth_year: number | null
  avatar: string | null
  phone_verified_at: Date | string | null
  must_change_password: Generated<boolean>
  password_changed_at: Date | string | null
  onboarded_at: Date | string | null
  deleted_at: Date | string | null
  created_at: Timestamp
}

export interface SessionsTable {
  token_hash: string
  user_id: number
  method: 'password' | 'demo'
  created_at: Timestamp
  expires_at: Date | string
}

/** A signed-in caller's answer for a request key (define-function.ts; migration 0061). */
export interface RequestAnswersTable {
  user_id: number
  request_key: string
  fn: string
  action: string
  result: object | string | number | boolean | null
  created_at: Date | string
}

export interface TimerRunsTable {
  job: string
  scheduled_at: Date | string
  started_at: Timestamp
}

export interface NotificationsTable {
  id: Generated<number>
  user_id: number
  kind: string
  data: ColumnType<unknown, string, string>
  page: Generated<string>
  event_key: string
  subject: string | null
  due_at: Date | string
  status: Generated<'pending' | 'sending' | 'delivered' | 'failed' | 'dropped'>
  push: Generated<'undecided' | 'none' | 'held' | 'sent' | 'skipped' | 'failed'>
  attempts: Generated<number>
  next_attempt_at: Date | string
  lease_until: Date | string | null
  last_error: string | null
  created_at: Timestamp
  finished_at: Date | string | null
}

export interface InboxTable {
  id: Generated<number>
  notification_id: number
  user_id: number
  kind: string
  category: string
  title: string
  body: string
  page: Generated<string>
  created_at: Timestamp
  read_at: Date | string | null
}

export interface SubscribeGrantsTable {
  user_id: number
  kind: string
  remaining: number
  updated_at: Timestamp
}

export interface NotificationSettingsTable {
  user_id: number
  muted: ColumnType<string[], string[] | undefined, string[]>
}

export interface SlotsTable {
  id: Generated<number>
  kind: string
  owner_id: number
  starts_at: Date | string
  ends_at: Date | string
  capacity: number
  taken: Generated<number>
  waitlist_seq: Generated<number>
  closed_at: Date | string | null
  closed_reason: string | null
}

export type { ReservationStatus } from '../../contract/reservations'
import type { ReservationStatus } from '../../contract/reservations'

export interface ReservationsTable {
  id: Generated<number>
  slot_id: number
  user_id: number
  hold_key: string
  seats: number
  status: ReservationStatus
  waitlist_pos: number | null
  code: string
  details: ColumnType<unknown, string | undefined, string>
  price_cents: Generated<number>
  created_at: Timestamp
  cancelled_at: Date | string | null
  cancelled_by: number | null
  cancel_reason: string | null
  redeemed_at: Date | string | null
  redeemed_by: number | null
  offer_expires_at: Date | string | null
}

export interface GridsTable {
  id: Generated<number>
  community_id: number
  name: string
  area: Generated<string>
  social_worker_id: number | null
}

export type DepartmentKind = 'bureau' | 'street' | 'member_unit'

export interface DepartmentsTable {
  id: Generated<number>
  code: string
  name: string
  kind: DepartmentKind
  district: Generated<string>
  phone: Generated<string>
  intro: Generated<string>
  active: Generated<boolean>
  created_at: Timestamp
}

export interface EnterprisesTable {
  id: Generated<number>
  name: string
  credit_code: string
  community_id: number
  grid_id: number | null
  address: Generated<string>
  industry: Generated<string>
  headcount: number | null
  contact_name: Generated<string>
  contact_phone: Generated<string>
  verified_at: Date | string | null
  created_at: Timestamp
}

export interface UserRolesTable {
  id: Generated<number>
  user_id: number
  role: Role
  community_id: number | null
  department_id: number | null
  enterprise_id: number | null
  /** The lab a `lab_staff` grant is for (共享实验室, migration 0130). */
  lab_id: number | null
  details: ColumnType<Record<string, unknown>, string | undefined, string>
  granted_by: number | null
  granted_at: Timestamp
  revoked_by: number | null
  revoked_at: Date | string | null
}

export interface RoleApplicationsTable {
  id: Generated<number>
  user_id: number
  role: 'enterprise' | 'expert'
  community_id: number
  details: ColumnType<Record<string, unknown>, string, string>
  status: Generated<'pending' | 'approved' | 'rejected' | 'withdrawn'>
  reason: string | null
  reviewed_by: number | null
  reviewed_at: Date | string | null
  created_at: Timestamp
}

export interface CommunityMovesTable {
  id: Generated<number>
  user_id: number
  from_community_id: number | null
  to_community_id: number
  moved_at: Timestamp
}

export interface AuditLogTable {
  id: Generated<number>
  at: Timestamp
  actor_id: number | null
  action: string
  subject_type: string
  subject_id: string
  community_id: number | null
  before: ColumnType<JsonValue | null, string | null | undefined, string | null>
  after: ColumnType<JsonValue | null, string | null | undefined, string | null>
  note: Generated<string>
}

/**
 * The database as Kysely sees it: the core tables here; each feature adds its own tables in its
 * tables.ts by declaration merging (`declare module '…/server/db/schema' { interface DB … }`),
 * so no central list grows with the features. tests/server/schema.test.ts checks every table
 * and column declared against the migrated database.
 */
export interface DB {
  communities: CommunitiesTable
  users: UsersTable
  sessions: SessionsTable
  request_answers: RequestAnswersTable
  timer_runs: TimerRunsTable
  notifications: NotificationsTable
  inbox: InboxTable
  subscribe_grants: SubscribeGrantsTable
  notification_settings: NotificationSettingsTable
  slots: SlotsTable
  reservations: ReservationsTable
  grids: GridsTable
  departments: DepartmentsTable
  enterprises: EnterprisesTable
  user_roles: UserRolesTable
  role_applications: RoleApplicationsTable
  community_moves: CommunityMovesTable
  audit_log: AuditLogTable
}

export type UserRow = Selectable<UsersTable>
export type CommunityRow = Selectable<CommunitiesTable>
