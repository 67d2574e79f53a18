import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { confirm } from '../../server/reservations/confirm'
import { activityById } from './domain/access'
import { welcome } from './domain/lifecycle'
import { myRegistration, presentRegistration, withRegistrationQr } from './domain/present'

/** Take up a seat offered from the waitlist, within its confirmation window. */
export const confirmOffer = handler('activities', 'confirmOffer', {
  access: own('takes up a seat offered to the caller'),
  async run(ctx, { activityId }) {
    const { db, user } = ctx
    const a = await activityById(db, activityId)
    const reg = await myRegistration(db, user.id, activityId)
    if (!reg) return refuse('CONFLICT', '没有待确认的名额')
    const outcome = await confirm(ctx, { reservationId: reg.id, from: 'offered' })
    if (outcome.status === 'notAwaiting') return refuse('CONFLICT', '没有待确认的名额')
    if (outcome.status === 'offerExpired') return refuse('CONFLICT', '确认时限已过，名额已顺延给下一位')
    await welcome(ctx, a, outcome)
    return presentRegistration(db, (await myRegistration(db, user.id, activityId))!)
  },
  finish: withRegistrationQr,
})
