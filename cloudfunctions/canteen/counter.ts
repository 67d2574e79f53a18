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
    const riderMeals = slots.length
      ? await db
          .selectFrom('canteen_rider_meals')
          .select(['starts_at', (eb) => eb.fn.countAll<number>().as('n')])
          .where('canteen_id', '=', canteen.id)
          .where('starts_at', '>=', slots[0].startsAt)
          .where('starts_at', '<=', slots[slots.length - 1].startsAt)
          .groupBy('starts_at')
          .execute()
      : []
    const ridersAt = new Map(riderMeals.map((m) => [new Date(m.starts_at).getTime(), Number(m.n)]))
    const live = bookings.filter((b) => b.status !== 'no_show')
    const riderBookings = bookings.filter(
      (b) => b.status === 'redeemed' && (b.details as { riderPrice?: boolean }).riderPrice === true,
    ).length
    const riderWalkIns = [...ridersAt.values()].reduce((a, n) => a + n, 0)
    return {
      canteenName: canteen.name,
      date: day,
      dates: bookingDates(canteen, now),
      slots: slots.map((s) => {
        const mine = bookings.filter((b) => Number(b.slot_id) === s.slotId)
        return {
          ...presentSlot(s),
          walkIns: s.walkIns,
          riderWalkIns: ridersAt.get(s.startsAt.getTime()) ?? 0,
          booked: mine.length,
          redeemed: mine.filter((b) => b.status === 'redeemed').length,
          bookings: mine.map(presentForCounter),
        }
      }),
      report: {
        booked: live.length,
        redeemed: bookings.filter((b) => b.status === 'redeemed').length,
        walkIns: slots.reduce((a, s) => a + s.walkIns, 0),
        riderBookings,
        riderWalkIns,
        riderMeals: riderBookings + riderWalkIns,
      },
    }
  },
})
