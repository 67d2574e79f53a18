import { NOT_CANCELLABLE } from '../../contract/reservations'
import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { dropReminders, notify } from '../../server/notify/queue'
import { cancelReservation } from '../../server/reservations/cancel'
import { holderOfMentorBooking } from './domain/access'
import { mentorBooking, when } from './domain/mentors'

/** The person who booked cancels before the hour starts; the mentor is told, reminders dropped. */
export const cancelMentorBooking = handler('policies', 'cancelMentorBooking', {
  access: holderOfMentorBooking('bookingId'),
  async run(ctx, { bookingId, reason }) {
    const b = ctx.target
    if (b.starts_at <= ctx.now) refuse('CONFLICT', '辅导已经开始，不能再取消')
    const outcome = await cancelReservation(ctx, {
      reservationId: bookingId,
      by: { userId: ctx.user.id },
      reason: reason || null,
    })
    if (outcome.status === 'notLive')
      return refuse('CONFLICT', NOT_CANCELLABLE[outcome.current] ?? '这个预约已经不能取消')
    await dropReminders(ctx, `reservation:${bookingId}`)
    const booking = await mentorBooking(ctx, bookingId)
    await notify(ctx, {
      userId: b.mentor_id,
      kind: 'mentor_cancelled',
      data: { person: ctx.user.display_name, time: when(booking), reason },
      page: '/subpackages/policies/desk',
      event: `mentor_cancelled:${bookingId}`,
    })
    return booking
  },
})
