import type { Transaction } from 'kysely'
import type { DB } from '../../server/db/schema'

// The lab's public face: what other features may ask of it (admin grants the `lab_staff` role
// scoped to a lab). The gateway serves a report after `lab.reportAccess`, named in the manifest's `files`.

/** A lab as a grant's scope: its name and whether it still takes staff. */
export const labForGrant = (db: Transaction<DB>, labId: number) =>
  db.selectFrom('labs').select(['id', 'name', 'active']).where('id', '=', labId).executeTakeFirst()

/** The names of labs (a grant's scope in words, on the admin's person page). */
export async function labNames(db: Pick<Transaction<DB>, 'selectFrom'>, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map()
  const rows = await db.selectFrom('labs').select(['id', 'name']).where('id', 'in', ids).execute()
  return new Map(rows.map((r) => [r.id, r.name]))
}
