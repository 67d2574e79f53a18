// The user feature's tables and columns (migrations/); they join the app's DB type by declaration merging.
export interface SignInThrottleTable {
  /** 'account:<username>' or 'address:<ip>'. */
  key: string
  /** Attempts in this window not (yet) known to have succeeded. */
  failures: number
  window_start: Date | string
}

declare module '../../server/db/schema' {
  interface DB {
    sign_in_throttle: SignInThrottleTable
  }
  interface RoleApplicationsTable {
    /** The enterprise an approved liaison application linked to (found by credit code, or created). */
    enterprise_id: number | null
  }
}
