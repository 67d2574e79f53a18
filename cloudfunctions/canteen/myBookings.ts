import { handler, own } from '../../server/core/define-function'
import { bookingsQuery, presentBooking, withBookingQr } from './domain/present'

/** 我的预约: upcoming first (soonest first), then the last 30 past ones. */
export const myBookings = handler('canteen', 'myBookings', {
  access: own("the caller's bookings"),
  async run({ db, user, now }) {
    const mine = () => bookingsQuery(db).where('r.user_id', '=', user.id)
    const upcoming = await mine()
      .where('r.status', 'in', ['confirmed', 'waitlisted'])
      .where('s.ends_at', '>', now)
      .orderBy('s.starts_at')
      .execute()
    const upcomingIds = upcoming.map((r) => r.id)
    let past = mine().orderBy('s.starts_at', 'desc').orderBy('r.id', 'desc').limit(30)
    if (upcomingIds.length) past = past.where('r.id', 'not in', upcomingIds)
    return {
      upcoming: upcoming.map((r) => presentBooking(r, now)),
      past: (await past.execute()).map((r) => presentBooking(r, now)),
    }
  },
  finish: async ({ upcoming, past }) => ({
    upcoming: await Promise.all(upcoming.map(withBookingQr)),
    past: await Promise.all(past.map(withBookingQr)),
  }),
})
