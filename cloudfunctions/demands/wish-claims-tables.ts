import type { Generated } from 'kysely'
import type { ClaimerKind, WishClaimStatus } from '../../contract/demands'

type At = Date | string

/** A claim on a wish (migration 0160): at most one live (offered, accepted, fulfilled) per wish. */
export interface WishClaimsTable {
  id: Generated<number>
  wish_id: number
  claimer_id: number | null
  kind: ClaimerKind
  enterprise_id: number | null
  department_id: number | null
  claimer_label: string
  how: string
  by_date: string
  status: Generated<WishClaimStatus>
  fulfil_note: Generated<string>
  thanks: string | null
  offered_at: At
  answered_at: At | null
  fulfilled_at: At | null
  confirmed_at: At | null
}

declare module '../../server/db/schema' {
  interface DB {
    wish_claims: WishClaimsTable
  }
}
