import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { ensureSlot } from '../../server/reservations/slots'
import { canteenStaff } from './domain/access'
import { closeCanteenSlot } from './domain/closing'
import { bookingDates, slotsOf } from './domain/schedule'

/** Close a day or one slot (holiday, maintenance): bookings are cancelled and their holders told why. */
export const close = handler('canteen', 'close', {
  access: canteenStaff('canteenId'),
  async run(ctx, { date, start, reason }) {
    const { user, now, target: canteen } = ctx
    // Only days open for booking: a date years ahead would make slots nobody can see or book.
    if (!bookingDates(canteen, now).includes(date))
      refuse('BAD_REQUEST', `只能关闭预约开放的日期（今天起 ${canteen.booking_days} 天内）`)
    const slots = slotsOf(canteen, date).filter((s) => (start ? s.start === start : true) && s.endsAt > now)
    if (slots.length === 0)
      refuse(
        'BAD_REQUEST',
        start ? `${date} ${start} 不是可关闭的时段（不在供餐时段内或已结束）` : `${date} 没有尚未结束的时段`,
      )
    let cancelled = 0
    for (const slot of slots) {
      const slotId = await ensureSlot(ctx, {
        kind: 'canteen',
        ownerId: canteen.id,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        capacity: canteen.seats_per_slot,
      })
      cancelled += await closeCanteenSlot(ctx, {
        canteen,
        slotId,
        startsAt: slot.startsAt,
        reason,
        byUserId: user.id,
      })
    }
    return { closedSlots: slots.length, cancelledBookings: cancelled }
  },
})
