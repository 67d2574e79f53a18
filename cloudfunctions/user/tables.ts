// The user feature's columns on the accounts tables (server/db/migrations/0020), joined into
// the app's DB type by declaration merging.
declare module '../../server/db/schema' {
  interface RoleApplicationsTable {
    /** The enterprise an approved liaison application linked to (found by credit code, or created). */
    enterprise_id: number | null
  }
}

export {}
