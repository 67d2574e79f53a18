import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { refuseIfLastAdmin } from '../../server/people/grants'

/**
 * Admin: disable an account (its sessions end at once; WeChat calls are refused) or enable it
 * again. Nobody disables themselves, and the last admin is never disabled.
 */
export const setDisabled = handler('admin', 'setDisabled', {
  access: ['admin'],
  async run(ctx, { userId, disabled, reason }) {
    const { db } = ctx
    if (userId === ctx.user.id && disabled) refuse('CONFLICT', '不能停用自己的账号')
    const person = await db
      .selectFrom('users')
      .select(['id', 'disabled', 'deleted_at', 'community_id'])
      .where('id', '=', userId)
      .forUpdate()
      .executeTakeFirst()
    if (!person || person.deleted_at) return refuse('NOT_FOUND', '没有这个用户')
    if (disabled) await refuseIfLastAdmin(ctx, userId)
    let sessionsEnded = 0
    if (person.disabled !== disabled) {
      await db.updateTable('users').set({ disabled }).where('id', '=', userId).execute()
      await audit(ctx, {
        actorId: ctx.user.id,
        action: disabled ? 'user.disable' : 'user.enable',
        subject: { type: 'user', id: userId },
        communityId: person.community_id,
        before: { disabled: person.disabled },
        after: { disabled },
        note: reason,
      })
    }
    if (disabled) {
      const r = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst()
      sessionsEnded = Number(r.numDeletedRows)
    }
    return { disabled, sessionsEnded }
  },
})
