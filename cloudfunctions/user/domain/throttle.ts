import { sql, type Transaction } from 'kysely'
import { refuse } from '../../../server/core/app-error'
import type { DB } from '../../../server/db/schema'
import { whenWords } from '../../../server/time/shanghai'

/**
 * Sign-in throttling, per account and per address, in the database (sign_in_throttle) so that
 * several gateways — or cloud-function instances — share the counts.
 *
 * An attempt counts as a failure from the moment it starts (claimAttempt, committed before the
 * password is checked) until it succeeds (forgive): so concurrent guesses are counted before
 * any of them finishes hashing, and a crash mid-check leaves a failure, not a free try.
 * A key that reaches its limit is refused until its window (from its first failure) ends.
 */
export const THROTTLE = {
  /** Failed attempts per account per window: a guessed password needs more than a lifetime. */
  account: { limit: 5, windowMs: 15 * 60_000 },
  /** Per address: higher, since a factory dormitory or a phone carrier shares one address. */
  address: { limit: 30, windowMs: 15 * 60_000 },
  /** Verification codes sent to one phone per hour (each costs a text message and annoys its owner). */
  smsPhone: { limit: 5, windowMs: 60 * 60_000 },
  /** Verification codes asked from one address per hour, whatever the phones. */
  smsAddress: { limit: 20, windowMs: 60 * 60_000 },
} as const

const LIMITED: Record<keyof typeof THROTTLE, string> = {
  account: '该账号登录失败次数过多',
  address: '此网络登录失败次数过多',
  smsPhone: '该手机号获取验证码次数过多',
  smsAddress: '此网络获取验证码次数过多',
}

type Kind = keyof typeof THROTTLE
const keyOf = (kind: Kind, value: string) => `${kind}:${value}`

export function throttleKeys(username: string, address: string | null): { kind: Kind; key: string }[] {
  // Account first, then address: one lock order for every attempt, so two never deadlock.
  const keys: { kind: Kind; key: string }[] = [{ kind: 'account', key: keyOf('account', username) }]
  if (address) keys.push({ kind: 'address', key: keyOf('address', address) })
  return keys
}

/** Count this attempt against each key, or refuse (RATE_LIMITED, saying when to retry) if one is at its limit. */
export async function claimAttempt(db: Transaction<DB>, keys: { kind: Kind; key: string }[], now: Date) {
  for (const { kind, key } of keys) {
    const { limit, windowMs } = THROTTLE[kind]
    const windowFrom = new Date(now.getTime() - windowMs)
    // One statement, row-locked: concurrent attempts on one key queue here and count exactly.
    const { rows } = await sql<{ key: string }>`
      insert into sign_in_throttle as t (key, failures, window_start) values (${key}, 1, ${now})
      on conflict (key) do update set
        failures = case when t.window_start <= ${windowFrom} then 1 else t.failures + 1 end,
        window_start = case when t.window_start <= ${windowFrom} then ${now} else t.window_start end
      where t.window_start <= ${windowFrom} or t.failures < ${limit}
      returning key`.execute(db)
    if (rows.length > 0) continue
    const row = await db
      .selectFrom('sign_in_throttle')
      .select('window_start')
      .where('key', '=', key)
      .executeTakeFirstOrThrow()
    const until = new Date(new Date(row.window_start).getTime() + windowMs)
    const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000))
    // Thrown: the transaction rolls back, so a refused attempt counts against no other key.
    refuse('RATE_LIMITED', `${LIMITED[kind]}，请 ${minutes} 分钟后（${whenWords(until)} 后）再试`)
  }
}

/** The keys a verification-code send counts against: the phone, then the address. */
export function smsKeys(phone: string, address: string | null): { kind: Kind; key: string }[] {
  const keys: { kind: Kind; key: string }[] = [{ kind: 'smsPhone', key: keyOf('smsPhone', phone) }]
  if (address) keys.push({ kind: 'smsAddress', key: keyOf('smsAddress', address) })
  return keys
}

/** A successful sign-in: the account starts afresh; the address gets this attempt back. */
export async function forgive(db: Transaction<DB>, keys: { kind: Kind; key: string }[]) {
  for (const { kind, key } of keys) {
    if (kind === 'account') await db.deleteFrom('sign_in_throttle').where('key', '=', key).execute()
    else
      await db
        .updateTable('sign_in_throttle')
        .set({ failures: sql`greatest(failures - 1, 0)` })
        .where('key', '=', key)
        .execute()
  }
}

/** Rows whose window has ended say nothing any more (the nightly sweep drops them). */
export async function sweepThrottle(db: Transaction<DB>, now: Date) {
  // Each kind by its own window (a sign-in count ends after 15 minutes, a code count after an hour).
  let deleted = 0
  for (const kind of Object.keys(THROTTLE) as Kind[]) {
    const r = await db
      .deleteFrom('sign_in_throttle')
      .where('key', 'like', `${kind}:%`)
      .where('window_start', '<=', new Date(now.getTime() - THROTTLE[kind].windowMs))
      .executeTakeFirst()
    deleted += Number(r.numDeletedRows)
  }
  // Verification codes an hour past their time say nothing either (the resend interval is long over).
  const codes = await db
    .deleteFrom('sign_up_codes')
    .where('expires_at', '<=', new Date(now.getTime() - 60 * 60_000))
    .executeTakeFirst()
  return deleted + Number(codes.numDeletedRows)
}
