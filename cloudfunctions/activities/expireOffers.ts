import type { TimerJob } from '../../server/core/define-function'
import { cancelReservation } from '../../server/reservations/cancel'
import { activityById } from './domain/access'
import { announcePromoted, promoteAsFor } from './domain/lifecycle'

/** Every minute: offers not confirmed in time pass to the next in line. */
export const expireOffers: TimerJob = async ({ db, now }) => {
  const expired = await db
    .selectFrom('reservations as r')
    .innerJoin('activities as a', 'a.slot_id', 'r.slot_id')
    .select(['r.id', 'a.id as activity_id'])
    .where('r.status', '=', 'offered')
    .where('r.offer_expires_at', '<=', now)
    .orderBy('r.id')
    .limit(200)
    .execute()
  for (const e of expired) {
    const a = await activityById(db, e.activity_id)
    const { promoted } = await cancelReservation(db, {
      reservationId: Number(e.id),
      by: 0,
      reason: '未在时限内确认，名额已顺延',
      now,
      promoteAs: promoteAsFor(a, now),
    })
    await announcePromoted(db, a, promoted, now)
  }
  return { expired: expired.length }
}
