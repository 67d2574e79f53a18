import { handler } from '../../server/core/define-function'
import { activityOrganizer } from './domain/access'
import { rosterRows } from './domain/roster'

/** Organizer: who is coming, waiting, awaiting approval, and who has checked in. */
export const roster = handler('activities', 'roster', {
  access: activityOrganizer('id'),
  async run({ db, user, target: a }) {
    const { rows, phonesMasked } = await rosterRows(db, a, user)
    const count = (s: string[]) => rows.filter((r) => s.includes(r.status)).reduce((n, r) => n + r.seats, 0)
    return {
      title: a.title,
      rows,
      phonesMasked,
      counts: {
        registered: count(['confirmed', 'offered', 'redeemed']),
        waitlisted: count(['waitlisted']),
        pending: count(['pending']),
        checkedIn: count(['redeemed']),
      },
    }
  },
})
