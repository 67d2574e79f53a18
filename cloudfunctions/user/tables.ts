import type { Generated } from 'kysely'
// The user feature's tables and columns (migrations/); they join the app's DB type by declaration merging.
export interface SignInThrottleTable {
  /** 'account:<username>' or 'address:<ip>'. */
  key: string
  /** Attempts in this window not (yet) known to have succeeded. */
  failures: number
  window_start: Date | string
}

/** The latest verification code sent to a phone (H5 sign-up and sign-in by SMS). */
export interface SignUpCodesTable {
  phone: string
  /** SHA-256 of `<phone>:<code>`: the code itself is never stored. */
  code_hash: string
  sent_at: Date | string
  expires_at: Date | string
  /** Wrong codes tried against it; at the limit it holds no more. */
  failures: Generated<number>
}

declare module '../../server/db/schema' {
  interface DB {
    sign_in_throttle: SignInThrottleTable
    sign_up_codes: SignUpCodesTable
  }
  interface RoleApplicationsTable {
    /** The enterprise an approved liaison application linked to (found by credit code, or created). */
    enterprise_id: number | null
  }
}
