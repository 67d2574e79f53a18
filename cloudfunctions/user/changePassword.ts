import { hashPassword, verifyPassword } from '../../server/auth/password'
import { passwordProblem } from '../../server/auth/password-policy'
import { hashToken } from '../../server/auth/sessions'
import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler, own } from '../../server/core/define-function'
import { presentMe } from '../../server/people/present'

/**
 * Change one's own password: the current one, then a new one that passes the rule
 * (server/auth/password-policy.ts). Clears the one-time-password mark; the account's other
 * sessions end (whoever else held the old password is signed out), this one stays. The hashes
 * run in finish, with no transaction held; the change is stored only if the password is still
 * the one checked.
 */
export const changePassword = handler('user', 'changePassword', {
  access: own('the caller changes the password of their own account'),
  beforePasswordChange: true,
  async run({ db, user }) {
    if (!user.username) refuse('CONFLICT', '你通过微信登录，没有账号密码')
    const row = await db.selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow()
    return { hash: row.password_hash }
  },
  async finish({ hash }, { user, identity, transaction }, { currentPassword, newPassword }) {
    if (!(await verifyPassword(currentPassword, hash))) refuse('BAD_REQUEST', '当前密码不正确')
    if (newPassword === currentPassword) refuse('BAD_REQUEST', '新密码不能与当前密码相同')
    const problem = passwordProblem(newPassword, { username: user.username })
    if (problem) refuse('BAD_REQUEST', problem)
    const newHash = await hashPassword(newPassword)
    return transaction(async (ctx) => {
      const { db, now } = ctx
      const updated = await db
        .updateTable('users')
        .set({ password_hash: newHash, must_change_password: false, password_changed_at: now })
        .where('id', '=', user.id)
        .where('password_hash', '=', hash)
        .returningAll()
        .executeTakeFirst()
      // Reset or changed elsewhere while we hashed: the password checked is no longer this account's.
      if (!updated) return refuse('CONFLICT', '密码刚刚被修改或重置，请重新登录后再试')
      let others = db.deleteFrom('sessions').where('user_id', '=', user.id)
      if (identity.kind === 'session') others = others.where('token_hash', '<>', hashToken(identity.token))
      const ended = await others.executeTakeFirst()
      await audit(ctx, {
        actorId: user.id,
        action: 'user.changePassword',
        subject: { type: 'user', id: user.id },
        communityId: user.community_id,
        note: `${user.must_change_password ? '首次登录修改一次性密码；' : ''}结束其他会话 ${Number(ended.numDeletedRows)} 个`,
      })
      return { changed: true as const, me: await presentMe(db, updated, 'password') }
    })
  },
})
