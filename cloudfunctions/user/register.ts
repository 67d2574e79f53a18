import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { hashPassword } from '../../server/auth/password'
import { passwordProblem } from '../../server/auth/password-policy'
import { createSession } from '../../server/auth/sessions'
import { presentMe } from '../../server/people/present'
import { claimAttempt, forgive, throttleKeys } from './domain/throttle'

/**
 * H5 sign-up: a phone and a password (H5 has no WeChat). The phone becomes the sign-in name;
 * the person signs in at once and sets up their community and roles next. Like sign-in, in
 * three steps so the hash never runs inside a transaction:
 * 1. run: the password rules; the attempt counted against the address (a taken phone counts, so
 *    trying numbers to see which are registered is throttled like guessing passwords);
 * 2. finish: hash the password;
 * 3. a short transaction: the account and its session (the address forgiven).
 */
export const register = handler('user', 'register', {
  access: 'public',
  async run({ db, now, address }, { phone, password }) {
    const problem = passwordProblem(password, { username: phone, phone })
    if (problem) refuse('BAD_REQUEST', problem)
    await claimAttempt(db, addressKeys(phone, address), now)
    const taken = await db.selectFrom('users').select('id').where('username', '=', phone).executeTakeFirst()
    // Refused in finish, once this transaction has committed the counted attempt.
    return { taken: Boolean(taken) }
  },
  async finish({ taken }, { transaction, address }, { phone, password, displayName }) {
    if (taken) return refuse('CONFLICT', '该手机号已注册，请直接登录')
    const hash = await hashPassword(password)
    return transaction(async ({ db, now }) => {
      const created = await db
        .insertInto('users')
        .values({
          role: 'worker',
          display_name: displayName ?? `用户${phone.slice(-4)}`,
          username: phone,
          phone,
          password_hash: hash,
          password_changed_at: now,
          created_at: now,
        })
        // Two sign-ups with one phone at once: one account.
        .onConflict((oc) => oc.column('username').doNothing())
        .returningAll()
        .executeTakeFirst()
      if (!created) return refuse('CONFLICT', '该手机号已注册，请直接登录')
      await forgive(db, addressKeys(phone, address))
      const session = await createSession(db, created.id, 'password', now)
      return {
        token: session.token,
        expiresAt: session.expiresAt.toISOString(),
        me: await presentMe(db, created, 'password'),
      }
    })
  },
})

/** Sign-ups count per address only: failed sign-ups must not lock the owner of a phone out of signing in. */
const addressKeys = (phone: string, address: string | null) =>
  throttleKeys(phone, address).filter((k) => k.kind === 'address')
