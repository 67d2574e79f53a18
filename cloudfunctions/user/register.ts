import { refuse } from '../../server/core/app-error'
import { DISABLED_MESSAGE, handler } from '../../server/core/define-function'
import { hashPassword } from '../../server/auth/password'
import { passwordProblem } from '../../server/auth/password-policy'
import { createSession } from '../../server/auth/sessions'
import { presentMe } from '../../server/people/present'
import { useCode } from './domain/sms-code'
import { claimAttempt, forgive, throttleKeys } from './domain/throttle'

/**
 * H5 sign-up and sign-in with a phone and the code sent to it (user.sendCode); H5 has no WeChat
 * to vouch for the phone. A new person gives the name others will see (never the phone) and may
 * set a password for later; the phone is the sign-in name. A phone already registered signs in to
 * its account (the code proves it is theirs). In three steps, so a hash never runs inside a
 * transaction:
 * 1. run: the password rules; the attempt counted against the address; the code checked (a wrong
 *    one counted against it, committed before the refusal);
 * 2. finish: refuse a wrong code, else hash the password if one was given;
 * 3. a short transaction: the account (if new) and its session.
 */
export const register = handler('user', 'register', {
  access: 'public',
  async run({ db, now, address }, { phone, code, password }) {
    if (password) {
      const problem = passwordProblem(password, { username: phone, phone })
      if (problem) refuse('BAD_REQUEST', problem)
    }
    await claimAttempt(db, addressKeys(phone, address), now)
    // Refused in finish, once this transaction has committed the counted attempt and the wrong try.
    return { problem: await useCode(db, phone, code, now) }
  },
  async finish({ problem }, { transaction, address }, { phone, password, displayName }) {
    if (problem) return refuse('BAD_REQUEST', problem)
    const hash = password ? await hashPassword(password) : null
    return transaction(async ({ db, now }) => {
      const existing = await db.selectFrom('users').selectAll().where('username', '=', phone).executeTakeFirst()
      if (existing?.disabled) return refuse('FORBIDDEN', DISABLED_MESSAGE)
      const account =
        existing ??
        (await db
          .insertInto('users')
          .values({
            role: 'worker',
            display_name: displayName,
            username: phone,
            phone,
            // The code proved the phone is theirs.
            phone_verified_at: now,
            password_hash: hash,
            password_changed_at: hash ? now : null,
            created_at: now,
          })
          // Two sign-ups with one phone at once: one account (the other signs in to it next time).
          .onConflict((oc) => oc.column('username').doNothing())
          .returningAll()
          .executeTakeFirst())
      if (!account) return refuse('CONFLICT', '该手机号刚刚完成注册，请重新获取验证码登录')
      await forgive(db, addressKeys(phone, address))
      const session = await createSession(db, account.id, 'password', now)
      return {
        token: session.token,
        expiresAt: session.expiresAt.toISOString(),
        me: await presentMe(db, account, 'password'),
        existing: Boolean(existing),
      }
    })
  },
})

/** Sign-ups count per address only: failed sign-ups must not lock the owner of a phone out of signing in. */
const addressKeys = (phone: string, address: string | null) =>
  throttleKeys(phone, address).filter((k) => k.kind === 'address')
