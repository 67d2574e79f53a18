import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { enterprisesOf } from '../../server/people/roles'
import { liaisonsOf } from './domain/tell'

/**
 * 我有意向: an expert tells the enterprise of a talent need that they are interested. Refused: their
 * own enterprise's need, a need no longer open, without a 专家档案 (the enterprise reads it), twice.
 */
export const applyNeed = handler('talent', 'applyNeed', {
  access: ['expert'],
  async run(ctx, { needId, note }) {
    const { db, user, now } = ctx
    const n = await db
      .selectFrom('talent_needs')
      .select(['id', 'enterprise_id', 'role', 'status'])
      .where('id', '=', needId)
      .executeTakeFirst()
    if (!n) return refuse('NOT_FOUND', '人才需求不存在')
    if (enterprisesOf(user).includes(n.enterprise_id)) refuse('FORBIDDEN', '不能应征自己企业发布的人才需求')
    if (n.status !== 'open') refuse('CONFLICT', '这条人才需求已招满或已关闭')
    const profile = await db
      .selectFrom('talent_profiles')
      .select('user_id')
      .where('user_id', '=', user.id)
      .executeTakeFirst()
    if (!profile) refuse('CONFLICT', '请先填写专家档案，企业将据此了解你')
    const row = await db
      .insertInto('talent_need_applications')
      .values({ need_id: n.id, user_id: user.id, note, created_at: now, updated_at: now })
      .onConflict((oc) => oc.columns(['need_id', 'user_id']).doNothing())
      .returning('id')
      .executeTakeFirst()
    if (!row) refuse('CONFLICT', '你已对这条人才需求表达过意向')
    for (const userId of await liaisonsOf(ctx, n.enterprise_id)) {
      await notify(ctx, {
        userId,
        kind: 'talent_need_applied',
        data: { role: n.role, expert: user.display_name },
        page: '/subpackages/talent/enterprise',
        event: `talent_need_applied:${row!.id}`,
      })
    }
    return { status: 'applied' as const }
  },
})
