import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { addDays, shanghaiDate } from '../../server/time/shanghai'
import { canteenStaff } from './domain/access'
import { dayView, presentSlot } from './domain/day'
import { presentForCounter } from './domain/present'
import { bookingDates } from './domain/schedule'

/** The counter's day: every slot with its bookings (masked), redeemed count and walk-ins. */
export const counter = handler('canteen', 'counter', {
  access: canteenStaff('canteenId'),
  async run({ db, now, target: canteen }, { date }) {
    const today = shanghaiDate(now)
    const day = date ?? today
    if (day < addDays(today, -7) || day > addDays(today, 14)) refuse('BAD_REQUEST', '只能查看前后两周内的日期')
    const slots = await dayView(db, canteen, day, now)
    const ids = slots.flatMap((s) => (s.slotId ? [s.slotId] : []))
    const bookings = ids.length
      ? await db
          .selectFrom('reservations as r')
          .innerJoin('users as u', 'u.id', 'r.user_id')
          .select([
            'r.id',
            'r.slot_id',
            'r.code',
            'r.status',
            'r.details',
            'r.price_cents',
            'r.redeemed_at',
            'u.display_name',
            'u.phone',
          ])
          .where('r.slot_id', 'in', ids)
          .where('r.status', '!=', 'cancelled')
          .orderBy('r.id')
          .execute()
      : []
    return {
      canteenName: canteen.name,
      date: day,
      dates: bookingDates(canteen, now),
      slots: slots.map((s) => {
        const mine = bookings.filter((b) => Number(b.slot_id) === s.slotId)
        return {
          ...presentSlot(s),
          walkIns: s.walkIns,
          booked: mine.length,
          redeemed: mine.filter((b) => b.status === 'redeemed').length,
          bookings: mine.map(presentForCounter),
        }
      }),
    }
  },
})
