import { ROLE_LABELS } from '../../contract/roles'
import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { grantRole as grant } from '../../server/people/grants'
import { checkedScope } from './domain/scope'

/** Admin: grant a staff role in its scope (社工 of 灵峰, 部门 of 区人社局, 管理员…). Audited. */
export const grantRole = handler('admin', 'grantRole', {
  access: ['admin'],
  async run(ctx, { userId, role, communityId, departmentId, labId }) {
    const person = await ctx.db
      .selectFrom('users')
      .select(['id', 'deleted_at', 'disabled'])
      .where('id', '=', userId)
      .executeTakeFirst()
    if (!person || person.deleted_at) return refuse('NOT_FOUND', '没有这个用户')
    const scope = await checkedScope(ctx, role, { communityId, departmentId, labId })
    const g = await grant(
      ctx,
      { userId, role, communityId: scope.communityId, departmentId: scope.departmentId, labId: scope.labId },
      ctx.user.id,
    )
    if (g.granted) {
      await notify(ctx, {
        userId,
        kind: 'role_changed',
        data: { granted: true, role: ROLE_LABELS[role], scope: scope.scopeName ?? '' },
        page: '/pages/mine/index',
        event: `role:${g.id}:granted`,
      })
    }
    return { grantId: g.id, granted: g.granted }
  },
})
