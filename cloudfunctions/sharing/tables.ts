import type { ColumnType, Generated } from 'kysely'
import type { Timestamp } from '../../server/db/schema'

// The 全链共享 feature's tables (migrations/); they join the app's DB type by declaration merging.
type BigInt8 = ColumnType<string | number, number | bigint | string, number | bigint | string>

export type ProjectFlow = 'lab' | 'jobs' | 'power' | 'loan' | 'patents' | 'demand'

export interface SharingProjectsTable {
  id: Generated<number>
  community_id: number
  name: string
  summary: Generated<string>
  how_to_join: Generated<string>
  flow: ProjectFlow
  demand_category: Generated<string>
  example: Generated<boolean>
  sort: Generated<number>
  created_at: Timestamp
}

export interface SharingPowerRoundsTable {
  id: Generated<number>
  community_id: number
  title: string
  supplier: string
  price_e4: number
  grid_price_e4: number
  threshold_kind: 'enterprises' | 'kwh'
  threshold: number
  join_opens: ColumnType<string, string, string>
  join_closes: ColumnType<string, string, string>
  status: Generated<'open' | 'started'>
  started_at: Date | string | null
  example: Generated<boolean>
  created_by: number | null
  created_at: Timestamp
}

export interface SharingPowerMembersTable {
  round_id: number
  enterprise_id: number
  monthly_kwh: number
  joined_by: number | null
  joined_at: Timestamp
}

export interface SharingPowerReadingsTable {
  round_id: number
  enterprise_id: number
  month: string
  kwh: BigInt8
  recorded_by: number | null
  recorded_at: Timestamp
}

export interface SharingLoanProgrammesTable {
  id: Generated<number>
  community_id: number
  name: string
  intro: Generated<string>
  cap_yuan: BigInt8
  created_at: Timestamp
}

export interface SharingLoanBanksTable {
  programme_id: number
  department_id: number
}

export type LoanStatus = 'submitted' | 'accepted' | 'materials' | 'approved' | 'declined'

export interface SharingLoansTable {
  id: Generated<number>
  programme_id: number
  enterprise_id: number
  applicant_id: number | null
  amount_yuan: BigInt8
  purpose: string
  chain: Generated<string>
  credit_code: string
  bank_id: number | null
  status: Generated<LoanStatus>
  materials_note: Generated<string>
  approved_yuan: BigInt8 | null
  reason: Generated<string>
  example: Generated<boolean>
  created_at: Timestamp
  updated_at: Timestamp
  decided_at: Date | string | null
}

export interface SharingLoanFilesTable {
  id: Generated<number>
  loan_id: number
  file_id: string
  name: string
  mime: string
  size: number
  uploaded_by: number | null
  created_at: Timestamp
}

export interface SharingPatentsTable {
  id: Generated<number>
  department_id: number
  number: string
  title: string
  field: Generated<string>
  chain: Generated<string>
  status: Generated<string>
  example: Generated<boolean>
  created_at: Timestamp
  updated_at: Timestamp
}

export interface SharingPatentPicksTable {
  patent_id: number
  enterprise_id: number
  picked_by: number | null
  picked_at: Timestamp
  agreement_at: Date | string | null
}

declare module '../../server/db/schema' {
  interface DB {
    sharing_projects: SharingProjectsTable
    sharing_power_rounds: SharingPowerRoundsTable
    sharing_power_members: SharingPowerMembersTable
    sharing_power_readings: SharingPowerReadingsTable
    sharing_loan_programmes: SharingLoanProgrammesTable
    sharing_loan_banks: SharingLoanBanksTable
    sharing_loans: SharingLoansTable
    sharing_loan_files: SharingLoanFilesTable
    sharing_patents: SharingPatentsTable
    sharing_patent_picks: SharingPatentPicksTable
  }
}
