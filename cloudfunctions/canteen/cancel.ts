import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { dropReminders } from '../../server/notify/queue'
import { cancelReservation } from '../../server/reservations/cancel'
import { bookingsQuery, presentBooking } from './domain/present'

/** Cancel one's own booking until the cutoff; the seat goes back and the reminder is dropped. */
export const cancel = handler<'canteen', 'cancel', 'signed-in'>({
  access: 'signed-in',
  async run({ db, user, now }, { bookingId, reason }) {
    const row = await bookingsQuery(db).where('r.id', '=', bookingId).executeTakeFirst()
    if (!row || row.user_id !== user.id) return refuse('NOT_FOUND', '预约不存在')
    const cutoff = new Date(row.starts_at).getTime() - row.cutoff_minutes * 60_000
    if (now.getTime() >= cutoff && (row.status === 'confirmed' || row.status === 'waitlisted')) {
      refuse('CONFLICT', `已过取消截止时间（开餐前 ${row.cutoff_minutes} 分钟），如不能到店请联系餐厅`)
    }
    await cancelReservation(db, { reservationId: bookingId, by: user.id, reason: reason || null, now })
    await dropReminders(db, `reservation:${bookingId}`)
    return presentBooking(await bookingsQuery(db).where('r.id', '=', bookingId).executeTakeFirstOrThrow(), now)
  },
})
