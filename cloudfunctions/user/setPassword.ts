import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler, own } from '../../server/core/define-function'
import { hashPassword } from '../../server/auth/password'
import { passwordProblem } from '../../server/auth/password-policy'
import { endOtherSessions } from '../../server/auth/sessions'
import { presentMe } from '../../server/people/present'
import { useCode } from './domain/sms-code'

/**
 * Set a password with the code sent to the account's phone (sendAccountCode). An account made with
 * a sign-up code has no password: being signed in is not enough to add one (a phone left unlocked
 * would hand over a lasting way in), so, as banking and payment apps do, the phone is proved again.
 * The same step sets a new password when the current one is forgotten. A wrong code counts against
 * the code (5 tries), committed before the refusal; the hash runs outside the transaction; other
 * sessions of the account end.
 */
export const setPassword = handler('user', 'setPassword', {
  access: own("the caller's own password"),
  async run({ db, user, now }, { code, next }) {
    if (!user.username) return refuse('BAD_REQUEST', '该账号使用微信登录，没有密码')
    if (!user.phone) return refuse('BAD_REQUEST', '该账号没有绑定手机号，请用当前密码修改')
    const problem = passwordProblem(next, { username: user.username, phone: user.phone })
    if (problem) refuse('BAD_REQUEST', problem)
    // Refused in finish, once this transaction has committed the wrong try.
    return { problem: await useCode(db, user.phone, code, now) }
  },
  async finish({ problem }, { user, identity, transaction }, { next }) {
    if (problem) return refuse('BAD_REQUEST', problem)
    const nextHash = await hashPassword(next)
    return transaction(async (ctx) => {
      const { db, now } = ctx
      const row = await db
        .updateTable('users')
        .set({ password_hash: nextHash, must_change_password: false, password_changed_at: now })
        .where('id', '=', user.id)
        .returningAll()
        .executeTakeFirstOrThrow()
      await endOtherSessions(db, user.id, identity.kind === 'session' ? identity.token : null)
      await audit(ctx, {
        actorId: user.id,
        action: 'user.password',
        subject: { type: 'user', id: user.id },
        note: user.password_hash ? '用短信验证码重设密码' : '设置密码',
      })
      return { changed: true as const, me: await presentMe(db, row, 'password') }
    })
  },
})
