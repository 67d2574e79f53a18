import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { needOwner } from './domain/access'

/**
 * 录用: hire an expert who said they were interested. Once the need's headcount is hired it is
 * filled (what 双聘 and the other figures count) and the others who applied are told.
 */
export const hireForNeed = handler('talent', 'hireForNeed', {
  access: needOwner('needId'),
  async run(ctx, { userId }) {
    const { db, user, now, target: n } = ctx
    if (n.status !== 'open') refuse('CONFLICT', n.status === 'filled' ? '这条人才需求已招满' : '这条人才需求已关闭')
    const hired = await db
      .updateTable('talent_need_applications')
      .set({ status: 'hired', updated_at: now })
      .where('need_id', '=', n.id)
      .where('user_id', '=', userId)
      .where('status', '=', 'applied')
      .returning('id')
      .executeTakeFirst()
    if (!hired) refuse('BAD_REQUEST', '只能录用对这条需求表达了意向、尚未录用的专家')
    const { count } = await db
      .selectFrom('talent_need_applications')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('need_id', '=', n.id)
      .where('status', '=', 'hired')
      .executeTakeFirstOrThrow()
    const enterprise = await db
      .selectFrom('enterprises')
      .select('name')
      .where('id', '=', n.enterprise_id)
      .executeTakeFirstOrThrow()
    const tell = (to: number, state: string) =>
      notify(ctx, {
        userId: to,
        kind: 'talent_need_update',
        data: { role: n.role, enterprise: enterprise.name, state },
        page: '/subpackages/talent/mine',
        event: `talent_need_update:${n.id}:${to}:${state}`,
      })
    await tell(userId, '已录用你')
    let status: 'open' | 'filled' = 'open'
    if (Number(count) >= n.headcount) {
      status = 'filled'
      await db
        .updateTable('talent_needs')
        .set({ status, filled_by: n.filled_by ?? userId })
        .where('id', '=', n.id)
        .execute()
      const others = await db
        .updateTable('talent_need_applications')
        .set({ status: 'declined', updated_at: now })
        .where('need_id', '=', n.id)
        .where('status', '=', 'applied')
        .returning('user_id')
        .execute()
      for (const o of others) await tell(o.user_id, '已招满')
    } else if (n.filled_by === null) {
      await db.updateTable('talent_needs').set({ filled_by: userId }).where('id', '=', n.id).execute()
    }
    await audit(ctx, {
      actorId: user.id,
      action: 'talent.need.hire',
      subject: { type: 'talent_need', id: n.id },
      communityId: n.community_id,
      after: { userId, status },
    })
    return { status, hired: Number(count) }
  },
})
