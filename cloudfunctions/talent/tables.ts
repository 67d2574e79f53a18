import type { ColumnType, Generated } from 'kysely'
import type { Timestamp } from '../../server/db/schema'

// The talent feature's tables (migrations/0050_talent.ts); they join the app's DB type by
// declaration merging.
type TextArray = ColumnType<string[], string[] | undefined, string[]>
/** Concept tokens (server/matching): written with every row, never left to the default. */
type Concepts = ColumnType<string[], string[], string[]>
type Instant = Date | string

export interface TalentProfilesTable {
  user_id: number
  field: string
  institution: Generated<string>
  title: Generated<string>
  skills: TextArray
  chains: TextArray
  achievements: Generated<string>
  availability: 'full_time' | 'part_time' | 'spare' | 'busy'
  dual_appointment: Generated<boolean>
  languages: TextArray
  overseas: Generated<boolean>
  place: string
  lng: number | null
  lat: number | null
  rating_sum: Generated<number>
  rating_count: Generated<number>
  bigrams: TextArray
  concepts: Concepts
  history: Generated<boolean>
  created_at: Timestamp
  updated_at: Timestamp
}

export interface TalentTeamsTable {
  id: Generated<number>
  name: string
  intro: Generated<string>
  leader_id: number
  community_id: number | null
  skills: TextArray
  chains: TextArray
  /** When a second member accepted: from then on it is a team (统计: teams formed). */
  formed_at: Instant | null
  history: Generated<boolean>
  created_at: Timestamp
}

export type TeamMemberStatus = 'invited' | 'accepted' | 'declined' | 'left'
export interface TalentTeamMembersTable {
  team_id: number
  user_id: number
  status: TeamMemberStatus
  invited_at: Instant
  responded_at: Instant | null
}

export type ChallengeStatus = 'open' | 'awarded' | 'solved' | 'closed'
export interface TalentChallengesTable {
  id: Generated<number>
  enterprise_id: number
  community_id: number
  posted_by: number | null
  title: string
  summary: string
  chain: string
  skills: TextArray
  award_kind: 'award' | 'budget'
  award_yuan: number
  /** Shanghai date: takes are accepted until the end of that day. */
  deadline: ColumnType<string, string, string>
  terms: string
  status: Generated<ChallengeStatus>
  close_reason: string | null
  lng: number
  lat: number
  awarded_take_id: number | null
  review_activity_id: number | null
  solved_at: Instant | null
  bigrams: TextArray
  concepts: Concepts
  history: Generated<boolean>
  created_at: Timestamp
  updated_at: Timestamp
}

/** The confidential part of a challenge, apart so that no list query can reach it by accident. */
export interface TalentChallengeDetailsTable {
  challenge_id: number
  problem: string
  goals: string
  criteria: string
}

export interface TalentTermsTable {
  challenge_id: number
  user_id: number
  accepted_at: Instant
}

export type TakeStatus = 'submitted' | 'shortlisted' | 'awarded' | 'not_selected' | 'withdrawn'
export interface TalentTakesTable {
  id: Generated<number>
  challenge_id: number
  user_id: number
  team_id: number | null
  proposal: string
  timeline: string
  price_yuan: number
  status: Generated<TakeStatus>
  created_at: Timestamp
  updated_at: Timestamp
}

export interface TalentMilestonesTable {
  id: Generated<number>
  challenge_id: number
  seq: number
  title: string
  due_date: ColumnType<string, string, string>
  status: Generated<'pending' | 'submitted' | 'accepted'>
  note: Generated<string>
  submitted_at: Instant | null
  accepted_at: Instant | null
}

export interface TalentRatingsTable {
  id: Generated<number>
  challenge_id: number
  side: 'enterprise' | 'taker'
  rater_id: number
  ratee_user_id: number | null
  ratee_enterprise_id: number | null
  score: number
  comment: Generated<string>
  created_at: Instant
}

export interface TalentNeedsTable {
  id: Generated<number>
  enterprise_id: number
  community_id: number
  posted_by: number | null
  role: string
  chain: string
  skills: TextArray
  mode: 'full_time' | 'part_time' | 'dual'
  place: string
  headcount: Generated<number>
  description: Generated<string>
  status: Generated<'open' | 'filled' | 'closed'>
  filled_by: number | null
  lng: number
  lat: number
  history: Generated<boolean>
  created_at: Timestamp
}

export interface TalentNeedApplicationsTable {
  id: Generated<number>
  need_id: number
  user_id: number
  note: Generated<string>
  status: Generated<'applied' | 'hired' | 'declined'>
  created_at: Instant
  updated_at: Instant
}

export type DismissReason = 'skills' | 'chain' | 'distance' | 'other'
export interface TalentDismissalsTable {
  id: Generated<number>
  by_user: number
  side: 'challenge' | 'profile'
  challenge_id: number | null
  profile_user_id: number | null
  team_id: number | null
  need_id: number | null
  reason: DismissReason
  created_at: Instant
}

export interface TalentIntroductionsTable {
  id: Generated<number>
  broker_id: number | null
  community_id: number
  challenge_id: number
  expert_id: number
  enterprise_id: number
  note: Generated<string>
  history: Generated<boolean>
  created_at: Instant
}

declare module '../../server/db/schema' {
  interface DB {
    talent_profiles: TalentProfilesTable
    talent_teams: TalentTeamsTable
    talent_team_members: TalentTeamMembersTable
    talent_challenges: TalentChallengesTable
    talent_challenge_details: TalentChallengeDetailsTable
    talent_terms: TalentTermsTable
    talent_takes: TalentTakesTable
    talent_milestones: TalentMilestonesTable
    talent_ratings: TalentRatingsTable
    talent_needs: TalentNeedsTable
    talent_need_applications: TalentNeedApplicationsTable
    talent_dismissals: TalentDismissalsTable
    talent_introductions: TalentIntroductionsTable
  }
}
