import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { dropReminders, notify } from '../../server/notify/queue'
import { cancelReservation } from '../../server/reservations/cancel'
import { confirm } from '../../server/reservations/confirm'
import { MENTOR_BOOKING_STATUS } from '../../contract/policies'
import { mentorOfBooking } from './domain/access'
import { mentorBooking, when } from './domain/mentors'

/** Reminders go out this long before a confirmed hour, to both sides. */
const REMIND_BEFORE_MS = 60 * 60_000

/**
 * The mentor confirms a request (both sides get a reminder an hour before) or declines it with a
 * reason; a confirmed hour can still be called off before it starts. Only the mentor of that
 * hour may decide (the guard); the reservation core makes every status change.
 */
export const decideMentorBooking = handler('policies', 'decideMentorBooking', {
  access: mentorOfBooking('bookingId', { roles: ['mentor'] }),
  async run(ctx, { bookingId, decision, reason }) {
    const b = ctx.target
    if (b.starts_at <= ctx.now) refuse('CONFLICT', '这个时段已经开始，不能再确认或婉拒')
    if (decision === 'confirm') {
      const outcome = await confirm(ctx, { reservationId: bookingId, from: 'pending' })
      if (outcome.status !== 'confirmed') {
        const current = outcome.status === 'notAwaiting' ? outcome.current : 'cancelled'
        return refuse('CONFLICT', `这个预约${MENTOR_BOOKING_STATUS[current] ?? '已处理'}，无需再确认`)
      }
    } else {
      const outcome = await cancelReservation(ctx, { reservationId: bookingId, by: { userId: ctx.user.id }, reason })
      if (outcome.status === 'notLive')
        return refuse('CONFLICT', `这个预约${MENTOR_BOOKING_STATUS[outcome.current] ?? '已处理'}，不能再婉拒`)
      await dropReminders(ctx, `reservation:${bookingId}`)
    }
    const booking = await mentorBooking(ctx, bookingId)
    const time = when(booking)
    await notify(ctx, {
      userId: b.user_id,
      kind: 'mentor_decided',
      data: { mentor: booking.mentorName, time, approved: decision === 'confirm', reason },
      page: '/subpackages/policies/bookings',
      event: `mentor_decided:${bookingId}:${decision}`,
    })
    const remindAt = new Date(b.starts_at.getTime() - REMIND_BEFORE_MS)
    if (decision === 'confirm' && remindAt > ctx.now) {
      const reminders = [
        { userId: b.user_id, who: `导师 ${booking.mentorName}`, page: '/subpackages/policies/bookings' },
        { userId: b.mentor_id, who: booking.personName, page: '/subpackages/policies/desk' },
      ]
      for (const r of reminders) {
        await notify(ctx, {
          userId: r.userId,
          kind: 'mentor_reminder',
          data: { who: r.who, time, place: booking.place || '见预约详情' },
          page: r.page,
          event: `mentor_reminder:${bookingId}:${b.starts_at.toISOString()}`,
          dueAt: remindAt,
          subject: `reservation:${bookingId}`,
        })
      }
    }
    return booking
  },
})
