import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { dropReminders } from '../../server/notify/queue'
import { cancelReservation } from '../../server/reservations/cancel'
import { activityById } from './domain/access'
import { announcePromoted, promoteAsFor } from './domain/lifecycle'
import { myRegistration, presentRegistration } from './domain/present'

/** Cancel one's registration (or leave the waitlist); the seat goes to the first in line. */
export const cancel = handler<'activities', 'cancel', 'signed-in'>({
  access: 'signed-in',
  async run({ db, user, now }, { activityId, reason }) {
    const a = await activityById(db, activityId)
    const reg = await myRegistration(db, user.id, activityId)
    if (!reg || !['confirmed', 'pending', 'offered', 'waitlisted'].includes(reg.status))
      return refuse('NOT_FOUND', '你没有这个活动的有效报名')
    if (now >= new Date(a.starts_at)) refuse('CONFLICT', '活动已开始，不能取消报名')
    const { promoted } = await cancelReservation(db, {
      reservationId: reg.id,
      by: user.id,
      reason: reason ?? null,
      now,
      promoteAs: promoteAsFor(a, now),
    })
    await dropReminders(db, `reservation:${reg.id}`)
    await announcePromoted(db, a, promoted, now)
    return presentRegistration(db, (await myRegistration(db, user.id, activityId))!)
  },
})
