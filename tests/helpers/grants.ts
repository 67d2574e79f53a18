import { randomBytes } from 'node:crypto'
import type { Role } from '../../contract/roles'
import { hashToken } from '../../server/auth/sessions'
import type { Database } from '../../server/db'

/** A session for a user that outlives any clock a test sets (suites move the clock by years). */
export async function lastingToken(db: Database, userId: number): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  await db
    .insertInto('sessions')
    .values({ token_hash: hashToken(token), user_id: userId, method: 'demo', expires_at: new Date('2099-01-01') })
    .execute()
  return token
}

/** A new signed-in person holding one role in its scope (a department's member, an enterprise's liaison…). */
export async function personWith(
  db: Database,
  role: Role,
  scope: { communityId?: number; departmentId?: number; enterpriseId?: number } = {},
  name = `测试${role}`,
): Promise<{ id: number; token: string }> {
  const { id } = await db
    .insertInto('users')
    .values({
      role,
      display_name: name,
      phone: `1370000${String(Math.floor(Math.random() * 9000) + 1000)}`,
      community_id: scope.communityId ?? null,
      onboarded_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await db
    .insertInto('user_roles')
    .values({
      user_id: id,
      role,
      community_id: scope.communityId ?? null,
      department_id: scope.departmentId ?? null,
      enterprise_id: scope.enterpriseId ?? null,
    })
    .execute()
  return { id, token: await lastingToken(db, id) }
}
