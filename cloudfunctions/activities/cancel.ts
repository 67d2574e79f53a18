import { NOT_CANCELLABLE } from '../../contract/reservations'
import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { dropReminders } from '../../server/notify/queue'
import { cancelReservation } from '../../server/reservations/cancel'
import { isLive } from '../../server/reservations/status'
import { activityById } from './domain/access'
import { announcePromoted, promoteAsFor } from './domain/lifecycle'
import { myRegistration, presentRegistration, withRegistrationQr } from './domain/present'

/** Cancel one's registration (or leave the waitlist); the seat goes to the first in line. */
export const cancel = handler('activities', 'cancel', {
  access: own("cancels the caller's own registration"),
  async run(ctx, { activityId, reason }) {
    const { db, user, now } = ctx
    const a = await activityById(db, activityId)
    const reg = await myRegistration(db, user.id, activityId)
    if (!reg || !isLive(reg.status)) return refuse('NOT_FOUND', '你没有这个活动的有效报名')
    if (now >= new Date(a.starts_at)) refuse('CONFLICT', '活动已开始，不能取消报名')
    const outcome = await cancelReservation(ctx, {
      reservationId: reg.id,
      by: { userId: user.id },
      reason: reason ?? null,
      promoteAs: promoteAsFor(a, now),
    })
    if (outcome.status === 'notLive') return refuse('CONFLICT', NOT_CANCELLABLE[outcome.current] ?? '报名已失效')
    await dropReminders(ctx, `reservation:${reg.id}`)
    await announcePromoted(ctx, a, outcome.promoted)
    return presentRegistration(db, (await myRegistration(db, user.id, activityId))!)
  },
  finish: withRegistrationQr,
})
