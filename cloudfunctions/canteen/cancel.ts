import { NOT_CANCELLABLE } from '../../contract/reservations'
import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { dropReminders } from '../../server/notify/queue'
import { cancelReservation } from '../../server/reservations/cancel'
import { bookingHolder } from './domain/access'
import { bookingsQuery, presentBooking, withBookingQr } from './domain/present'

/** Cancel one's own booking until the cutoff; the seat goes back and the reminder is dropped. */
export const cancel = handler('canteen', 'cancel', {
  access: bookingHolder('bookingId'),
  async run(ctx, { bookingId, reason }) {
    const { db, user, now } = ctx
    const row = await bookingsQuery(db).where('r.id', '=', bookingId).executeTakeFirstOrThrow()
    const cutoff = new Date(row.starts_at).getTime() - row.cutoff_minutes * 60_000
    if (now.getTime() >= cutoff && (row.status === 'confirmed' || row.status === 'waitlisted')) {
      refuse('CONFLICT', `已过取消截止时间（开餐前 ${row.cutoff_minutes} 分钟），如不能到店请联系餐厅`)
    }
    const outcome = await cancelReservation(ctx, {
      reservationId: bookingId,
      by: { userId: user.id },
      reason: reason || null,
    })
    if (outcome.status === 'notLive') refuse('CONFLICT', NOT_CANCELLABLE[outcome.current] ?? '这个预约已不能取消')
    await dropReminders(ctx, `reservation:${bookingId}`)
    return presentBooking(await bookingsQuery(db).where('r.id', '=', bookingId).executeTakeFirstOrThrow(), now)
  },
  finish: withBookingQr,
})
