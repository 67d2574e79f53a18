import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { dropReminders, notify } from '../../server/notify/queue'
import { closeSlot } from '../../server/reservations/close'
import { fairById, fairStaff } from './domain/access'
import { fairTime } from './domain/remind'

/**
 * Cancel one fair of a series (the others stay): its booths and registrations are cancelled with
 * the reason, and every enterprise liaison and seeker holding one is told.
 */
export const cancelFair = handler('fairs', 'cancelFair', {
  access: fairStaff('fairId'),
  async run(ctx, { fairId, reason }) {
    const { db, user, now } = ctx
    const fair = await fairById(db, fairId, true)
    if (fair.cancelled_at) refuse('CONFLICT', '这场招聘会已经取消过了')
    if (new Date(fair.starts_at) <= now) refuse('CONFLICT', '招聘会已经开始或结束，不能取消')
    await db.updateTable('fairs').set({ cancelled_at: now, cancel_reason: reason }).where('id', '=', fair.id).execute()
    const by = { userId: user.id }
    const seekers = await closeSlot(ctx, { slotId: fair.entry_slot_id, reason, by })
    const exhibitors = await closeSlot(ctx, { slotId: fair.booth_slot_id, reason, by })
    await db
      .updateTable('fair_booths')
      .set({ cancelled_at: now })
      .where('fair_id', '=', fair.id)
      .where('cancelled_at', 'is', null)
      .execute()
    const told = new Set<number>()
    for (const r of [...seekers, ...exhibitors]) {
      await dropReminders(ctx, `reservation:${r.id}`)
      if (told.has(r.userId)) continue
      told.add(r.userId)
      await notify(ctx, {
        userId: r.userId,
        kind: 'fair_cancelled',
        data: { fair: fair.title, time: fairTime(fair), reason },
        page: `/subpackages/fairs/detail?id=${fair.id}`,
        event: `fair_cancelled:${fair.id}`,
      })
    }
    await audit(ctx, {
      actorId: user.id,
      action: 'fair.cancel',
      subject: { type: 'fair', id: fair.id },
      communityId: fair.community_id,
      note: reason,
      after: { seekers: seekers.length, booths: exhibitors.length },
    })
    return { told: told.size }
  },
})
