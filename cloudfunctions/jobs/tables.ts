import type { ColumnType, Generated, GeneratedAlways } from 'kysely'
import type { Timestamp } from '../../server/db/schema'

// The jobs feature's tables (migrations/0110_jobs.ts); they join the app's DB type by declaration merging.
type TextArray = ColumnType<string[], string[] | undefined, string[]>
type Instant = Date | string
type DateText = ColumnType<string, string, string>

export type JobKind = 'full_time' | 'part_time' | 'gig' | 'intern'
export type PayUnit = 'hour' | 'day' | 'piece' | 'month'
export type JobShiftKind = 'day' | 'night' | 'rotating' | 'flexible'
export type PostingStatus = 'review' | 'open' | 'refused' | 'closed'
export type ApplicationStatus = 'applied' | 'viewed' | 'interview' | 'hired' | 'rejected' | 'withdrawn'
export type Availability = 'any' | 'weekdays' | 'weekends' | 'evenings' | 'gigs'

export interface JobsMinWageTable {
  year: number
  region: string
  monthly_cents: number
  hourly_cents: number
  source: string
}

export interface JobPostingsTable {
  id: Generated<number>
  enterprise_id: number
  community_id: number
  posted_by: number | null
  title: string
  kind: JobKind
  headcount: number
  hired: Generated<number>
  pay_cents: number
  pay_unit: PayUnit
  shift: Generated<JobShiftKind>
  place: string
  lng: number
  lat: number
  pos: GeneratedAlways<string | null>
  start_date: DateText
  end_date: DateText | null
  certificates: TextArray
  skills: TextArray
  concepts: TextArray
  age_min: number | null
  age_max: number | null
  health_cert: Generated<boolean>
  benefits: TextArray
  description: Generated<string>
  contact_name: Generated<string>
  contact_phone: Generated<string>
  status: PostingStatus
  review_note: Generated<string>
  reviewed_by: number | null
  reviewed_at: Instant | null
  reports: Generated<number>
  demand_id: number | null
  site_secret: string
  created_at: Timestamp
  updated_at: Timestamp
}

export interface JobShiftsTable {
  id: Generated<number>
  posting_id: number
  starts_at: Timestamp
  ends_at: Timestamp
}

export interface JobProfilesTable {
  user_id: number
  skills: TextArray
  certificates: TextArray
  availability: Availability
  phone: Generated<string>
  intro: Generated<string>
  lng: number | null
  lat: number | null
  concepts: TextArray
  updated_at: Timestamp
}

export interface JobApplicationsTable {
  id: Generated<number>
  posting_id: number
  user_id: number | null
  status: ApplicationStatus
  note: Generated<string>
  reason: Generated<string>
  created_at: Timestamp
  updated_at: Timestamp
}

export interface JobApplicationShiftsTable {
  application_id: number
  shift_id: number
  checked_in_at: Instant | null
  checked_out_at: Instant | null
  confirmed_minutes: number | null
  no_show: Generated<boolean>
}

export interface JobRatingsTable {
  application_id: number
  side: 'worker' | 'enterprise'
  stars: number
  comment: Generated<string>
  created_at: Timestamp
}

export interface JobReportsTable {
  id: Generated<number>
  posting_id: number
  user_id: number | null
  reason: string
  created_at: Timestamp
}

export interface JobSharesTable {
  id: Generated<number>
  enterprise_id: number
  community_id: number
  side: 'lend' | 'borrow'
  headcount: number
  start_date: DateText
  end_date: DateText
  skills: TextArray
  note: Generated<string>
  status: 'open' | 'matched' | 'closed'
  created_by: number | null
  created_at: Timestamp
}

export interface JobShareMatchesTable {
  id: Generated<number>
  lend_id: number
  borrow_id: number
  community_id: number
  headcount: number
  start_date: DateText
  end_date: DateText
  matched_by: number | null
  lender_confirmed_at: Instant | null
  borrower_confirmed_at: Instant | null
  created_at: Timestamp
}

export interface JobShareWorkersTable {
  id: Generated<number>
  match_id: number
  user_id: number | null
  consented_at: Instant | null
  declined_at: Instant | null
  created_at: Timestamp
}

declare module '../../server/db/schema' {
  interface DB {
    jobs_min_wage: JobsMinWageTable
    job_postings: JobPostingsTable
    job_shifts: JobShiftsTable
    job_profiles: JobProfilesTable
    job_applications: JobApplicationsTable
    job_application_shifts: JobApplicationShiftsTable
    job_ratings: JobRatingsTable
    job_reports: JobReportsTable
    job_shares: JobSharesTable
    job_share_matches: JobShareMatchesTable
    job_share_workers: JobShareWorkersTable
  }
}
