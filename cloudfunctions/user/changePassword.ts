import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler, own } from '../../server/core/define-function'
import { hashPassword, verifyPassword } from '../../server/auth/password'
import { passwordProblem } from '../../server/auth/password-policy'
import { endOtherSessions } from '../../server/auth/sessions'
import { presentMe } from '../../server/people/present'
import { claimAttempt, forgive, throttleKeys } from './domain/throttle'

/**
 * Change one's own password (and so replace a staff account's one-time password). The current
 * password is checked as at sign-in — counted and throttled per account and address, hashed
 * outside the transaction; the new one must pass the rules. Other sessions of the account end.
 */
export const changePassword = handler('user', 'changePassword', {
  access: own("the caller's own password"),
  // The one action (with user.me) a one-time password opens: the router refuses the rest until this.
  beforePasswordChange: true,
  async run({ db, user, now, address }, { next }) {
    if (!user.username) return refuse('BAD_REQUEST', '该账号使用微信登录，没有密码')
    // Made with a sign-up code: the first password is set with a code (setPassword).
    if (!user.password_hash) return refuse('BAD_REQUEST', '该账号还没有设置密码，请用短信验证码设置')
    const problem = passwordProblem(next, { username: user.username, phone: user.phone })
    if (problem) refuse('BAD_REQUEST', problem)
    await claimAttempt(db, throttleKeys(user.username, address), now)
    return { username: user.username, hash: user.password_hash }
  },
  async finish({ username, hash }, { user, identity, transaction, address }, { current, next }) {
    if (!(await verifyPassword(current, hash))) return refuse('UNAUTHENTICATED', '当前密码不正确')
    if (current === next) return refuse('BAD_REQUEST', '新密码不能与当前密码相同')
    const nextHash = await hashPassword(next)
    return transaction(async (ctx) => {
      const { db, now } = ctx
      const row = await db
        .updateTable('users')
        .set({ password_hash: nextHash, must_change_password: false, password_changed_at: now })
        .where('id', '=', user.id)
        // Changed (or reset) while we hashed: the current password checked is no longer this account's.
        .where('password_hash', '=', hash)
        .returningAll()
        .executeTakeFirst()
      if (!row) return refuse('CONFLICT', '密码刚刚被修改过，请重新登录后再试')
      await forgive(db, throttleKeys(username, address))
      // Anyone else signed in with the old password is signed out; this session stays.
      await endOtherSessions(db, user.id, identity.kind === 'session' ? identity.token : null)
      await audit(ctx, { actorId: user.id, action: 'user.password', subject: { type: 'user', id: user.id } })
      return { changed: true as const, me: await presentMe(db, row, 'password') }
    })
  },
})
