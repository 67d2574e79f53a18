import { handler, own } from '../../server/core/define-function'
import { isLive } from '../../server/reservations/status'
import { mentorBookings } from './domain/mentors'

/** The caller's mentor bookings: coming up (asked or confirmed), and the rest (held, declined, cancelled). */
export const myMentorBookings = handler('policies', 'myMentorBookings', {
  access: own("lists the caller's own mentor bookings"),
  async run(ctx) {
    const all = await mentorBookings(ctx, { userId: ctx.user.id })
    const upcoming = all.filter((b) => !b.past && isLive(b.status))
    const past = all.filter((b) => !upcoming.includes(b)).reverse()
    return { upcoming, past }
  },
})
