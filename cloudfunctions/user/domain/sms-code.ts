import { createHash, randomInt } from 'node:crypto'
import type { Transaction } from 'kysely'
import { settings } from '../../../server/config'
import { refuse } from '../../../server/core/app-error'
import { log } from '../../../server/core/log'
import type { DB } from '../../../server/db/schema'
import { maskPhone } from '../../../server/people/mask'
import { smsSenderFromEnvironment } from '../../../server/sms/config'
import type { SmsSender } from '../../../server/sms/types'

/** How a verification code lives: 6 digits, 10 minutes, one send a minute, 5 wrong tries. */
export const SMS_CODE = { digits: 6, minutes: 10, resendSeconds: 60, maxFailures: 5 } as const

const hashOf = (phone: string, code: string) => createHash('sha256').update(`${phone}:${code}`).digest('hex')

/**
 * A new code for the phone (replacing any earlier one), or RATE_LIMITED when the last was sent
 * less than a minute ago. Returns the code for the sender; only its hash is stored.
 */
export async function issueCode(db: Transaction<DB>, phone: string, now: Date): Promise<string> {
  const last = await db
    .selectFrom('sign_up_codes')
    .select('sent_at')
    .where('phone', '=', phone)
    .forUpdate()
    .executeTakeFirst()
  if (last) {
    const wait = Math.ceil((new Date(last.sent_at).getTime() + SMS_CODE.resendSeconds * 1000 - now.getTime()) / 1000)
    if (wait > 0) refuse('RATE_LIMITED', `验证码已发送，请 ${wait} 秒后再获取`)
  }
  const code = String(randomInt(0, 10 ** SMS_CODE.digits)).padStart(SMS_CODE.digits, '0')
  const row = {
    code_hash: hashOf(phone, code),
    sent_at: now,
    expires_at: new Date(now.getTime() + SMS_CODE.minutes * 60_000),
    failures: 0,
  }
  await db
    .insertInto('sign_up_codes')
    .values({ phone, ...row })
    .onConflict((oc) => oc.column('phone').doUpdateSet(row))
    .execute()
  return code
}

/**
 * Check a code typed for a phone. A right code is used up (it signs in once); a wrong one counts
 * (committed by the caller's transaction, so refuse only after it). Returns the problem in words, or null.
 */
export async function useCode(db: Transaction<DB>, phone: string, code: string, now: Date): Promise<string | null> {
  const row = await db.selectFrom('sign_up_codes').selectAll().where('phone', '=', phone).forUpdate().executeTakeFirst()
  if (!row || new Date(row.expires_at) <= now || row.failures >= SMS_CODE.maxFailures) return '验证码已失效，请重新获取'
  if (row.code_hash !== hashOf(phone, code)) {
    const failures = row.failures + 1
    await db.updateTable('sign_up_codes').set({ failures }).where('phone', '=', phone).execute()
    return failures >= SMS_CODE.maxFailures ? '验证码错误次数过多，请重新获取' : '验证码不正确'
  }
  await db.deleteFrom('sign_up_codes').where('phone', '=', phone).execute()
  return null
}

// The environment's sender, made once per process (a host may give its own: runtime.sms).
let environmentSms: SmsSender | null = null
const smsOf = (runtime: { sms?: () => SmsSender }) => runtime.sms?.() ?? (environmentSms ??= smsSenderFromEnvironment())

/**
 * Send an issued code (after commit, from a handler's finish) through the runtime's sender —
 * Tencent Cloud SMS where configured, the recording sender locally; demo mode also answers it.
 */
export async function deliverCode(runtime: { sms?: () => SmsSender }, phone: string, code: string) {
  const sender = smsOf(runtime)
  const sent = await sender.send({ phone, code, minutes: SMS_CODE.minutes })
  if (!sent.ok) {
    log.warn('sms not sent', { sender: sender.name, code: sent.code, message: sent.message })
    return refuse('UNAVAILABLE', '验证码短信发送失败，请稍后再试')
  }
  return {
    sentTo: maskPhone(phone) ?? '',
    resendAfterSeconds: SMS_CODE.resendSeconds,
    minutes: SMS_CODE.minutes,
    demoCode: settings.demo ? code : null,
  }
}
