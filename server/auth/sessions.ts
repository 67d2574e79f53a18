import { createHash, randomBytes } from 'node:crypto'
import type { Transaction } from 'kysely'
import type { DB } from '../db/schema'

/** Sessions expire after this long; the user signs in again. */
export const SESSION_TTL_MS = 7 * 24 * 3600 * 1000

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

export async function createSession(trx: Transaction<DB>, userId: number, method: 'password' | 'demo', now: Date) {
  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS)
  await trx
    .insertInto('sessions')
    .values({ token_hash: hashToken(token), user_id: userId, method, expires_at: expiresAt })
    .execute()
  return { token, expiresAt }
}

export async function deleteSession(trx: Transaction<DB>, token: string) {
  const r = await trx.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).executeTakeFirst()
  return Number(r.numDeletedRows) > 0
}

/** Signs a person out everywhere but the session `keep` (after a password is set or changed). */
export async function endOtherSessions(trx: Transaction<DB>, userId: number, keep: string | null) {
  let q = trx.deleteFrom('sessions').where('user_id', '=', userId)
  if (keep !== null) q = q.where('token_hash', '<>', hashToken(keep))
  await q.execute()
}
