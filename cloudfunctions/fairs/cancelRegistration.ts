import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { dropReminders } from '../../server/notify/queue'
import { cancelReservation } from '../../server/reservations/cancel'
import { fairById } from './domain/access'

/** A seeker gives their place back before the fair starts. */
export const cancelRegistration = handler('fairs', 'cancelRegistration', {
  access: own("cancels the caller's own registration"),
  async run(ctx, { fairId }) {
    const { db, user, now } = ctx
    const fair = await fairById(db, fairId)
    const reg = await db
      .selectFrom('reservations')
      .select(['id', 'status'])
      .where('slot_id', '=', fair.entry_slot_id)
      .where('user_id', '=', user.id)
      .where('status', '=', 'confirmed')
      .executeTakeFirst()
    if (!reg) return refuse('NOT_FOUND', '你没有这场招聘会的有效报名')
    if (new Date(fair.starts_at) <= now) refuse('CONFLICT', '招聘会已经开始，不能取消报名')
    const outcome = await cancelReservation(ctx, {
      reservationId: Number(reg.id),
      by: { userId: user.id },
      reason: null,
    })
    if (outcome.status !== 'cancelled') refuse('CONFLICT', '这个报名已不能取消')
    await dropReminders(ctx, `reservation:${reg.id}`)
    return { fairId }
  },
})
