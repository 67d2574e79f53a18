import type { ColumnType, Generated, GeneratedAlways, Selectable } from 'kysely'
import type { Role } from '../../contract/roles'

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>

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
  created_at: Timestamp
}

export interface SessionsTable {
  token_hash: string
  user_id: number
  method: 'password' | 'demo'
  created_at: Timestamp
  expires_at: Date | string
}

export interface TimerRunsTable {
  job: string
  scheduled_at: Date | string
  started_at: Timestamp
}

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
  // Derived by the database from the columns above (migration 0008) for nearby; never written.
  pos: GeneratedAlways<string>
  open_week: GeneratedAlways<string>
  search_text: GeneratedAlways<string>
  bigrams: GeneratedAlways<string[]>
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
  walk_ins: Generated<number>
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

export interface ServiceWindow {
  name: string
  start: number
  end: number
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
}

export interface CanteenMenuItemsTable {
  id: Generated<number>
  canteen_id: number
  name: string
  price_cents: number
  available: Generated<boolean>
  sort: Generated<number>
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
}

export interface ActivityGroupMembersTable {
  group_id: number
  user_id: number
  joined_at: Timestamp
}

export interface DB {
  activities: ActivitiesTable
  activity_groups: ActivityGroupsTable
  activity_group_members: ActivityGroupMembersTable
  slots: SlotsTable
  reservations: ReservationsTable
  canteens: CanteensTable
  canteen_menu_items: CanteenMenuItemsTable
  canteen_staff: CanteenStaffTable
  rider_verifications: RiderVerificationsTable
  notifications: NotificationsTable
  inbox: InboxTable
  subscribe_grants: SubscribeGrantsTable
  notification_settings: NotificationSettingsTable
  stations: StationsTable
  station_managers: StationManagersTable
  station_ratings: StationRatingsTable
  station_reports: StationReportsTable
  communities: CommunitiesTable
  users: UsersTable
  sessions: SessionsTable
  timer_runs: TimerRunsTable
}

export type UserRow = Selectable<UsersTable>
export type CommunityRow = Selectable<CommunitiesTable>
