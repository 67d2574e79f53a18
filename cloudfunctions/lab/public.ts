import type { Transaction } from 'kysely'
import type { DB } from '../../server/db/schema'

// The lab's public face: what other features may ask of it (admin grants the `lab_staff` role
// scoped to a lab; the gateway serves a report's bytes after `lab.reportAccess` allowed it).

/** A lab as a grant's scope: its name and whether it still takes staff. */
export const labForGrant = (db: Transaction<DB>, labId: number) =>
  db.selectFrom('labs').select(['id', 'name', 'active']).where('id', '=', labId).executeTakeFirst()

/** The upload key of an order's report (a gateway upload), or null. */
export async function reportUploadKey(
  db: Pick<Transaction<DB>, 'selectFrom'>,
  orderId: number,
): Promise<string | null> {
  const o = await db.selectFrom('lab_orders').select('report_file_id').where('id', '=', orderId).executeTakeFirst()
  const f = o?.report_file_id
  return f?.startsWith('upload:') ? f.slice('upload:'.length) : null
}

/** The names of labs (a grant's scope in words, on the admin's person page). */
export async function labNames(db: Pick<Transaction<DB>, 'selectFrom'>, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map()
  const rows = await db.selectFrom('labs').select(['id', 'name']).where('id', 'in', ids).execute()
  return new Map(rows.map((r) => [r.id, r.name]))
}
