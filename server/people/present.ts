import type { Transaction } from 'kysely'
import { ROLE_LABELS } from '../../contract/roles'
import type { Me } from '../../contract/user'
import type { DB, UserRow } from '../db/schema'
import { maskPhone, maskUsername } from './mask'

/** The signed-in user as they see themselves on 我的: who they are, what they hold and where. */
export async function presentMe(trx: Transaction<DB>, user: UserRow, signInMethod: Me['signInMethod']): Promise<Me> {
  const community = user.community_id
    ? await trx.selectFrom('communities').select(['id', 'name']).where('id', '=', user.community_id).executeTakeFirst()
    : undefined
  const grants = await trx
    .selectFrom('user_roles as g')
    .leftJoin('communities as c', 'c.id', 'g.community_id')
    .leftJoin('departments as d', 'd.id', 'g.department_id')
    .leftJoin('enterprises as e', 'e.id', 'g.enterprise_id')
    .select(['g.role', 'g.community_id', 'c.name as community', 'd.name as department', 'e.name as enterprise'])
    .where('g.user_id', '=', user.id)
    .where('g.revoked_at', 'is', null)
    .orderBy('g.id')
    .execute()
  // users.role is the role shown first; someone holding nothing yet (an application under review,
  // or no choice made) is not shown as holding it.
  const shown = grants.some((g) => g.role === user.role) ? user.role : (grants[0]?.role ?? null)
  return {
    id: user.id,
    role: shown ?? user.role,
    roleLabel: shown ? ROLE_LABELS[shown] : '未开通身份',
    displayName: user.display_name,
    phoneMasked: maskPhone(user.phone),
    // A sign-in name that is a phone (H5 sign-ups) is masked like the phone: never shown in full.
    username: maskUsername(user.username),
    community: community ?? null,
    signInMethod,
    roles: grants.map((g) => ({
      role: g.role,
      label: ROLE_LABELS[g.role],
      scope: g.community ?? g.department ?? g.enterprise ?? null,
      communityId: g.community_id,
    })),
    avatar: user.avatar,
    mustChangePassword: user.must_change_password,
    hasPassword: user.password_hash !== null,
    // A staff account an admin created already holds its role: it is not asked what it is.
    onboarded: user.onboarded_at !== null || grants.length > 0,
    phoneVerified: user.phone_verified_at !== null,
    birthYear: user.birth_year,
    riderVerified: user.rider_verified_at !== null,
  }
}
