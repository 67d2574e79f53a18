import type { ColumnType, Generated, Selectable } from 'kysely'
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

export interface DB {
  communities: CommunitiesTable
  users: UsersTable
  sessions: SessionsTable
  timer_runs: TimerRunsTable
}

export type UserRow = Selectable<UsersTable>
export type CommunityRow = Selectable<CommunitiesTable>
