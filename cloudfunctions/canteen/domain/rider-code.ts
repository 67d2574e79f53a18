import { randomBytes } from 'node:crypto'
import type { Transaction } from 'kysely'
import { RIDER_CODE_PREFIX, RIDER_CODE_SECONDS } from '../../../contract/canteen'
import { hashToken } from '../../../server/auth/sessions'
import { refuse } from '../../../server/core/app-error'
import type { DB } from '../../../server/db/schema'
import { maskName } from '../../../server/people/mask'

/**
 * 骑手码. Each rider holds one live code: 20 random bytes, stored as their SHA-256 with the time
 * it was issued (as sessions are). It is valid RIDER_CODE_SECONDS after issue and a new one
 * replaces the last, so a screenshot works for two minutes at most and an older screen not at all.
 * Held in the database, every gateway and cloud-function instance reads the same codes.
 */
export async function issueRiderCode(db: Transaction<DB>, userId: number, now: Date) {
  const code = randomBytes(20).toString('base64url')
  await db
    .insertInto('canteen_rider_codes')
    .values({ user_id: userId, code_hash: hashToken(code), issued_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ code_hash: hashToken(code), issued_at: now }))
    .execute()
  return { code: `${RIDER_CODE_PREFIX}${code}`, expiresAt: new Date(now.getTime() + RIDER_CODE_SECONDS * 1000) }
}

/** The rider a scanned code names, refusing a code that is unknown, replaced or past its validity. */
export async function riderOfCode(db: Transaction<DB>, scanned: string, now: Date) {
  const code = scanned.startsWith(RIDER_CODE_PREFIX) ? scanned.slice(RIDER_CODE_PREFIX.length) : scanned
  const row = await db
    .selectFrom('canteen_rider_codes as k')
    .innerJoin('users as u', 'u.id', 'k.user_id')
    .select(['u.id', 'u.display_name', 'u.rider_verified_at', 'u.disabled', 'k.issued_at'])
    .where('k.code_hash', '=', hashToken(code))
    .executeTakeFirst()
  if (!row || row.disabled) return refuse('BAD_REQUEST', '骑手码无效，请骑手在「我的 → 骑手码」重新出示')
  const expiresAt = new Date(new Date(row.issued_at).getTime() + RIDER_CODE_SECONDS * 1000)
  if (expiresAt <= now) refuse('BAD_REQUEST', '骑手码已过期（有效期 2 分钟），请骑手刷新后重新出示')
  return { userId: row.id, rider: maskName(row.display_name), verified: row.rider_verified_at !== null, expiresAt }
}
