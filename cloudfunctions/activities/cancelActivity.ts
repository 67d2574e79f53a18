import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { closeSlot } from '../../server/reservations/close'
import { activityOrganizer } from './domain/access'
import { dropActivityReminders } from './domain/lifecycle'

/** Cancel an activity: every registration and waitlist place is cancelled and told why. */
export const cancelActivity = handler('activities', 'cancelActivity', {
  access: activityOrganizer('id'),
  async run(ctx, { reason }) {
    const { db, user, target: a } = ctx
    if (a.status === 'cancelled') refuse('CONFLICT', '活动已经取消')
    await dropActivityReminders(ctx, a)
    await db
      .updateTable('activities')
      .set({ status: 'cancelled', cancel_reason: reason })
      .where('id', '=', a.id)
      .execute()
    const affected = await closeSlot(ctx, { slotId: a.slot_id, reason: `活动取消：${reason}`, by: { userId: user.id } })
    for (const r of affected) {
      await notify(ctx, {
        userId: r.userId,
        kind: 'activity_changed',
        data: { activity: a.title, change: '取消', detail: reason },
        page: `/subpackages/activities/detail?id=${a.id}`,
        event: `activity_cancelled:${a.id}`,
      })
    }
    return { notified: affected.length }
  },
})
