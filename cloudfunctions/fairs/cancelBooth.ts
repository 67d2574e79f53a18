import { NOT_CANCELLABLE } from '../../contract/reservations'
import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { dropReminders } from '../../server/notify/queue'
import { cancelReservation } from '../../server/reservations/cancel'
import { boothHolder, fairById } from './domain/access'

/** Give a booth back before the fair starts: the booth is free for another enterprise. */
export const cancelBooth = handler('fairs', 'cancelBooth', {
  access: boothHolder('boothId'),
  async run(ctx, { boothId }) {
    const { db, user, now, target: booth } = ctx
    if (booth.cancelled_at) refuse('CONFLICT', '这个展位已经取消过了')
    const fair = await fairById(db, booth.fair_id)
    if (new Date(fair.starts_at) <= now) refuse('CONFLICT', '招聘会已经开始，展位不能取消')
    const outcome = await cancelReservation(ctx, {
      reservationId: booth.reservation_id,
      by: { userId: user.id },
      reason: '企业取消展位',
    })
    if (outcome.status === 'notLive') refuse('CONFLICT', NOT_CANCELLABLE[outcome.current] ?? '这个展位已不能取消')
    await db.updateTable('fair_booths').set({ cancelled_at: now }).where('id', '=', boothId).execute()
    await dropReminders(ctx, `reservation:${booth.reservation_id}`)
    return { boothId }
  },
})
