import type { ColumnType, Generated } from 'kysely'
import type { WeeklyHour } from '../../contract/policies'
import type { Condition, Profile } from '../../contract/policy-rules'
import type { Timestamp } from '../../server/db/schema'

// The policies feature's tables (migrations/); they join the app's DB type by declaration merging.
// Date columns (`date`) are selected as text (`::text`, YYYY-MM-DD): see domain/columns.ts.
type DateColumn = ColumnType<string | null, string | null | undefined, string | null>
type Json<T> = ColumnType<T, string | undefined, string>
type TextArray = ColumnType<string[], string[] | undefined, string[]>

export interface PoliciesTable {
  id: Generated<number>
  code: string
  title: string
  category: 'employment' | 'startup' | 'housing' | 'talent'
  topic: string
  region: string
  issuer: string
  department_id: number | null
  summary: string
  benefit_kind: 'cash' | 'loan' | 'service' | 'prize'
  benefit_min: number | null
  benefit_max: number | null
  benefit_text: string
  conditions: Json<Condition>
  conditions_note: Generated<string>
  materials: TextArray
  office: Generated<string>
  phone: Generated<string>
  online_url: Generated<string>
  how_to_apply: Generated<string>
  opens_on: DateColumn
  closes_on: DateColumn
  source_title: Generated<string>
  source_date: DateColumn
  version: Generated<number>
  matched_version: Generated<number>
  views: Generated<number>
  withdrawn_at: Date | string | null
  bigrams: TextArray
  search_text: Generated<string>
  pinyin: Generated<string>
  initials: Generated<string>
  created_by: number | null
  updated_by: number | null
  created_at: Timestamp
  updated_at: Timestamp
}

export interface PolicyRulesTable {
  policy_id: number
  closes_on: DateColumn
  withdrawn: Generated<boolean>
  row: string
}

export interface PolicyChange {
  field: string
  label: string
  before: string
  after: string
}

export interface PolicyVersionsTable {
  policy_id: number
  version: number
  snapshot: Json<Record<string, unknown>>
  changes: Json<PolicyChange[]>
  note: Generated<string>
  edited_by: number | null
  edited_at: Date | string
}

export interface PolicyFavouritesTable {
  user_id: number
  policy_id: number
  created_at: Timestamp
}

export interface PolicyProfilesTable {
  user_id: number
  facts: Json<Profile>
  updated_at: Timestamp
}

export interface PolicyMatchesTable {
  policy_id: number
  user_id: number
  version: number
  matched_at: Date | string
}

export interface MentorsTable {
  user_id: number
  field: string
  background: string
  intro: Generated<string>
  community_id: number | null
  languages: TextArray
  topics: TextArray
  weekly_hours: Json<WeeklyHour[]>
  active: Generated<boolean>
  created_at: Timestamp
  updated_at: Timestamp
}

export interface MentorFeedbackTable {
  reservation_id: number
  note: string | null
  noted_at: Date | string | null
  rating: number | null
  comment: string | null
  rated_at: Date | string | null
}

declare module '../../server/db/schema' {
  interface DB {
    policies: PoliciesTable
    policy_rules: PolicyRulesTable
    policy_versions: PolicyVersionsTable
    policy_favourites: PolicyFavouritesTable
    policy_profiles: PolicyProfilesTable
    policy_matches: PolicyMatchesTable
    mentors: MentorsTable
    mentor_feedback: MentorFeedbackTable
  }
}
