import type { Transaction } from 'kysely'
import type { DB } from '../../../server/db/schema'
import type { Caller } from '../../../server/people/roles'
import type { Actor } from './lifecycle'
import type { LoadedDemand } from './load'

/** The enterprise acting (its name is what the others read). */
export const asEnterprise = (user: Caller, d: LoadedDemand): Actor => ({ id: user.id, label: d.enterprise_name })

/** A social worker (or admin) acting for the community. */
export const asCommunity = (user: Caller, d: LoadedDemand): Actor => ({
  id: user.id,
  label: `${d.community_name} ${user.display_name}`,
})

/** A member acting for their department. */
export async function asDepartment(db: Transaction<DB>, user: Caller, departmentId: number): Promise<Actor> {
  const dp = await db.selectFrom('departments').select('name').where('id', '=', departmentId).executeTakeFirstOrThrow()
  return { id: user.id, label: dp.name }
}

/** Whoever holds the demand acting: its department, or the community when it solves it itself. */
export const holderActor = (db: Transaction<DB>, user: Caller, d: LoadedDemand): Promise<Actor> | Actor =>
  d.holder_department_id !== null ? asDepartment(db, user, d.holder_department_id) : asCommunity(user, d)
