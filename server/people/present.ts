import { ROLE_LABELS } from '../../contract/roles'
import type { Me } from '../../contract/user'
import type { Transaction } from 'kysely'
import type { DB, UserRow } from '../db/schema'
import { maskPhone } from './mask'

/** The signed-in user as they see themselves on 我的. */
export async function presentMe(trx: Transaction<DB>, user: UserRow, signInMethod: Me['signInMethod']): Promise<Me> {
  const community = user.community_id
    ? await trx.selectFrom('communities').select(['id', 'name']).where('id', '=', user.community_id).executeTakeFirst()
    : undefined
  return {
    id: user.id,
    role: user.role,
    roleLabel: ROLE_LABELS[user.role],
    displayName: user.display_name,
    phoneMasked: maskPhone(user.phone),
    username: user.username,
    community: community ?? null,
    signInMethod,
  }
}
