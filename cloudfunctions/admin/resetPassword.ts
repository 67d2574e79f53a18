import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { maskUsername } from '../../server/people/mask'
import { setOneTimePassword } from './domain/one-time-password'

/**
 * Admin: a new one-time password for a staff account, shown once. The old password and every
 * session of the account stop working at once (in the call's transaction); the new one is hashed
 * in finish, with no transaction held. The holder changes it at the next sign-in.
 */
export const resetPassword = handler('admin', 'resetPassword', {
  access: ['admin'],
  async run(ctx, { userId }) {
    const { db } = ctx
    const person = await db
      .selectFrom('users')
      .select(['id', 'username', 'deleted_at', 'community_id'])
      .where('id', '=', userId)
      .forUpdate()
      .executeTakeFirst()
    if (!person || person.deleted_at) return refuse('NOT_FOUND', '没有这个用户')
    if (!person.username) return refuse('CONFLICT', '该用户通过微信登录，没有账号密码可重置')
    await db
      .updateTable('users')
      .set({ password_hash: null, must_change_password: true })
      .where('id', '=', userId)
      .execute()
    const ended = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst()
    await audit(ctx, {
      actorId: ctx.user.id,
      action: 'user.resetPassword',
      subject: { type: 'user', id: userId },
      communityId: person.community_id,
      note: `已结束 ${Number(ended.numDeletedRows)} 个登录会话`,
    })
    return { userId, username: person.username }
  },
  async finish({ userId, username }, { transaction }) {
    return { username: maskUsername(username)!, oneTimePassword: await setOneTimePassword(transaction, userId) }
  },
})
