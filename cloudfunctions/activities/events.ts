import type { Feature } from '../../server/core/feature'
import { dropReminders } from '../../server/notify/queue'
import { cancelReservation } from '../../server/reservations/cancel'
import { LIVE } from '../../server/reservations/status'
import { activityById } from './domain/access'
import { announcePromoted, promoteAsFor } from './domain/lifecycle'

/** What activities do when the core raises a moment (server/core/events.ts). */
export const activityEvents: Feature['on'] = {
  /** A deleted account's upcoming registrations are cancelled; the next in line gets the seat. */
  async accountDeleted(ctx, { userId }) {
    const regs = await ctx.db
      .selectFrom('reservations as r')
      .innerJoin('activities as a', 'a.slot_id', 'r.slot_id')
      .select(['r.id', 'a.id as activity_id'])
      .where('r.user_id', '=', userId)
      .where('r.status', 'in', LIVE)
      .where('a.starts_at', '>', ctx.now)
      .orderBy('r.id')
      .execute()
    for (const reg of regs) {
      const a = await activityById(ctx.db, reg.activity_id)
      const outcome = await cancelReservation(ctx, {
        reservationId: reg.id,
        by: { userId },
        reason: '账号已注销',
        promoteAs: promoteAsFor(a, ctx.now),
      })
      await dropReminders(ctx, `reservation:${reg.id}`)
      if (outcome.status === 'cancelled') await announcePromoted(ctx, a, outcome.promoted)
    }
  },
}
