import type { Transaction } from 'kysely'
import type { PersonSummary } from '../../../contract/admin'
import { ROLE_LABELS } from '../../../contract/roles'
import type { DB, UserRow } from '../../../server/db/schema'
import { maskPhone, maskUsername } from '../../../server/people/mask'

type PersonRow = Pick<
  UserRow,
  'id' | 'display_name' | 'username' | 'phone' | 'community_id' | 'disabled' | 'must_change_password' | 'deleted_at'
>

/** People as the admin pages list them: phone (and a sign-in name that is one) masked, live roles with their scope in words. */
export async function summarizePeople(db: Transaction<DB>, rows: PersonRow[]): Promise<PersonSummary[]> {
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const grants = await db
    .selectFrom('user_roles as g')
    .leftJoin('communities as c', 'c.id', 'g.community_id')
    .leftJoin('departments as d', 'd.id', 'g.department_id')
    .leftJoin('enterprises as e', 'e.id', 'g.enterprise_id')
    .select(['g.user_id', 'g.role', 'c.name as community', 'd.name as department', 'e.name as enterprise'])
    .where('g.user_id', 'in', ids)
    .where('g.revoked_at', 'is', null)
    .orderBy('g.id')
    .execute()
  const communityIds = [...new Set(rows.map((r) => r.community_id).filter((c): c is number => c !== null))]
  const communities = new Map(
    communityIds.length
      ? (await db.selectFrom('communities').select(['id', 'name']).where('id', 'in', communityIds).execute()).map(
          (c) => [c.id, c.name],
        )
      : [],
  )
  return rows.map((r) => ({
    id: r.id,
    displayName: r.display_name,
    // H5 sign-ups use their phone as sign-in name: masked as the phone is.
    username: maskUsername(r.username),
    phoneMasked: maskPhone(r.phone),
    community: r.community_id === null ? null : (communities.get(r.community_id) ?? null),
    roles: grants
      .filter((g) => g.user_id === r.id)
      .map((g) => ({
        role: g.role,
        label: ROLE_LABELS[g.role],
        scope: g.community ?? g.department ?? g.enterprise ?? null,
      })),
    disabled: r.disabled,
    mustChangePassword: r.must_change_password,
    deleted: r.deleted_at !== null,
  }))
}

export const PERSON_COLUMNS = [
  'id',
  'display_name',
  'username',
  'phone',
  'community_id',
  'disabled',
  'must_change_password',
  'deleted_at',
] as const

/** The live, active 社工 of a community (to pick a grid's responsible one from). */
export function socialWorkersOf(db: Transaction<DB>, communityId: number) {
  return db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['u.id', 'u.display_name as displayName'])
    .distinct()
    .where('r.role', '=', 'social_worker')
    .where('r.community_id', '=', communityId)
    .where('r.revoked_at', 'is', null)
    .where('u.disabled', '=', false)
    .where('u.deleted_at', 'is', null)
    .orderBy('u.id')
    .execute()
}
