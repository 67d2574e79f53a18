import type { Transaction } from 'kysely'
import type { DB } from '../../../server/db/schema'

// Who is told: the people behind a grid, a department, an enterprise or a street office.

/** The grid's social worker; when the grid has none (or there is no grid), the community's social workers. */
export async function gridWorkers(
  db: Transaction<DB>,
  d: { community_id: number; grid_worker_id: number | null },
): Promise<number[]> {
  if (d.grid_worker_id !== null) return [d.grid_worker_id]
  return liveHolders(db, 'social_worker', 'community_id', [d.community_id])
}

export const departmentMembers = (db: Transaction<DB>, departmentIds: number[]) =>
  liveHolders(db, 'department', 'department_id', departmentIds)

export const enterpriseLiaisons = (db: Transaction<DB>, enterpriseId: number) =>
  liveHolders(db, 'enterprise', 'enterprise_id', [enterpriseId])

/** The community's 党建指导员 (none in a community that does not use the step). */
export const partyGuides = (db: Transaction<DB>, communityId: number) =>
  liveHolders(db, 'party_guide', 'community_id', [communityId])

export async function streetMembers(db: Transaction<DB>, communityId: number): Promise<number[]> {
  const office = await db
    .selectFrom('demand_street_offices')
    .select('department_id')
    .where('community_id', '=', communityId)
    .executeTakeFirst()
  return office ? departmentMembers(db, [office.department_id]) : []
}

async function liveHolders(
  db: Transaction<DB>,
  role: 'social_worker' | 'department' | 'enterprise' | 'party_guide',
  scope: 'community_id' | 'department_id' | 'enterprise_id',
  ids: number[],
): Promise<number[]> {
  if (ids.length === 0) return []
  const rows = await db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select('r.user_id')
    .distinct()
    .where('r.role', '=', role)
    .where(`r.${scope}`, 'in', ids)
    .where('r.revoked_at', 'is', null)
    .where('u.disabled', '=', false)
    .execute()
  return rows.map((r) => r.user_id)
}
