import type { TimerCtx } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { cancelReservation } from '../../server/reservations/cancel'
import { remindDeadlines } from './domain/deadlines'
import { sweepMatches } from './domain/matches'
import { mentorBooking, when } from './domain/mentors'

/**
 * The feature's one timer (every 10 minutes): new and changed policies matched against
 * profiles (people told), favourites' deadlines reminded, staff warned of expiring policies,
 * and mentor requests nobody decided before the hour started let go.
 */
export async function sweep(ctx: TimerCtx) {
  const matches = await sweepMatches(ctx)
  const deadlines = await remindDeadlines(ctx)
  const undecided = await ctx.db
    .selectFrom('reservations as r')
    .innerJoin('slots as s', 's.id', 'r.slot_id')
    .select(['r.id', 'r.user_id'])
    .where('s.kind', '=', 'mentor')
    .where('r.status', '=', 'pending')
    .where('s.starts_at', '<=', ctx.now)
    .execute()
  for (const r of undecided) {
    const reason = '导师未在开始前确认，预约已自动取消'
    const outcome = await cancelReservation(ctx, { reservationId: Number(r.id), by: { system: 'mentorSweep' }, reason })
    if (outcome.status !== 'cancelled') continue
    const b = await mentorBooking(ctx, Number(r.id))
    await notify(ctx, {
      userId: r.user_id,
      kind: 'mentor_decided',
      data: { mentor: b.mentorName, time: when(b), approved: false, reason },
      page: '/subpackages/policies/bookings',
      event: `mentor_decided:${r.id}:expired`,
    })
  }
  return { ...matches, ...deadlines, expiredRequests: undecided.length }
}
