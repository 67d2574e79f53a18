import type { Transaction } from 'kysely'
import type { Role } from '../../contract/roles'
import type { DB, UserRow } from '../db/schema'

/** A role a person holds now, with its scope (which community, department or enterprise). */
export interface Grant {
  role: Role
  communityId: number | null
  departmentId: number | null
  enterpriseId: number | null
  labId: number | null
}

/** The signed-in person as every handler sees them: their row and their live grants. */
export type Caller = UserRow & { roles: readonly Role[]; grants: readonly Grant[] }

/** The live grants of a user (revoked ones are history). */
export async function grantsOf(db: Transaction<DB>, userId: number): Promise<Grant[]> {
  const rows = await db
    .selectFrom('user_roles')
    .select(['role', 'community_id', 'department_id', 'enterprise_id', 'lab_id'])
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .orderBy('id')
    .execute()
  return rows.map((r) => ({
    role: r.role,
    communityId: r.community_id,
    departmentId: r.department_id,
    enterpriseId: r.enterprise_id,
    labId: r.lab_id,
  }))
}

export async function asCaller(db: Transaction<DB>, user: UserRow): Promise<Caller> {
  const grants = await grantsOf(db, user.id)
  return { ...user, grants, roles: [...new Set(grants.map((g) => g.role))] }
}

export const hasRole = (user: Pick<Caller, 'roles'> | null, role: Role) => !!user && user.roles.includes(role)
export const isAdmin = (user: Pick<Caller, 'roles'> | null) => hasRole(user, 'admin')

/** Communities the person is a social worker of. */
export const socialWorkerOf = (user: Pick<Caller, 'grants'>) =>
  user.grants.filter((g) => g.role === 'social_worker' && g.communityId !== null).map((g) => g.communityId!)

/** Communities the person is a 党建指导员 of. */
export const partyGuideOf = (user: Pick<Caller, 'grants'>) =>
  user.grants.filter((g) => g.role === 'party_guide' && g.communityId !== null).map((g) => g.communityId!)

/** Departments the person acts for. */
export const departmentsOf = (user: Pick<Caller, 'grants'>) =>
  user.grants.filter((g) => g.role === 'department' && g.departmentId !== null).map((g) => g.departmentId!)

/** Enterprises the person is the liaison of. */
export const enterprisesOf = (user: Pick<Caller, 'grants'>) =>
  user.grants.filter((g) => g.role === 'enterprise' && g.enterpriseId !== null).map((g) => g.enterpriseId!)

/** Partner banks (member units in the departments register) the person acts for (红链贷). */
export const banksOf = (user: Pick<Caller, 'grants'>) =>
  user.grants.filter((g) => g.role === 'bank' && g.departmentId !== null).map((g) => g.departmentId!)
/** Labs the person is staff of (共享实验室). */
export const labsOf = (user: Pick<Caller, 'grants'>) =>
  user.grants.filter((g) => g.role === 'lab_staff' && g.labId !== null).map((g) => g.labId!)
