import type { Database } from '../../server/db'
import { createSession } from '../../server/auth/sessions'
import type { Role } from '../../contract/roles'

/**
 * `count` new users holding a role (a social worker in `communityId`), onboarded and signed in;
 * returns their ids and session tokens.
 */
export async function signedInUsers(
  db: Database,
  count: number,
  role: Role = 'worker',
  communityId: number | null = null,
) {
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .insertInto('users')
      .values(
        Array.from({ length: count }, (_, i) => ({
          role,
          display_name: `测试${role}${i}`,
          phone: `1390000${String(i).padStart(4, '0')}`,
          community_id: communityId,
          onboarded_at: new Date(),
        })),
      )
      .returning('id')
      .execute()
    const out: { id: number; token: string }[] = []
    await trx
      .insertInto('user_roles')
      .values(rows.map((r) => ({ user_id: r.id, role, community_id: role === 'social_worker' ? communityId : null })))
      .execute()
    for (const r of rows) out.push({ id: r.id, token: (await createSession(trx, r.id, 'demo', new Date())).token })
    return out
  })
}
