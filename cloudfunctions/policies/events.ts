import type { Feature } from '../../server/core/feature'
import { dropReminders, notify } from '../../server/notify/queue'
import { cancelReservation } from '../../server/reservations/cancel'
import { LIVE } from '../../server/reservations/status'
import { mentorBooking, when } from './domain/mentors'

const REVOKED_REASON = '导师已不再担任青创导师，可另选导师预约'

/** What policies (青创导师) do when the core raises a moment (server/core/events.ts). */
export const policyEvents: Feature['on'] = {
  /**
   * A 青创导师 no longer: their hours still to come are cancelled and each asker is told (the
   * mentor could no longer see or hold them).
   */
  async roleRevoked(ctx, { userId, role, accountDeleted }) {
    // A deleted account's hours are closed by its erase (personal-data.ts), in its own words.
    if (role !== 'mentor' || accountDeleted) return
    const still = await ctx.db
      .selectFrom('user_roles')
      .select('id')
      .where('user_id', '=', userId)
      .where('role', '=', 'mentor')
      .where('revoked_at', 'is', null)
      .executeTakeFirst()
    if (still) return
    const hours = await ctx.db
      .selectFrom('reservations as r')
      .innerJoin('slots as s', 's.id', 'r.slot_id')
      .select(['r.id', 'r.user_id'])
      .where('s.kind', '=', 'mentor')
      .where('s.owner_id', '=', userId)
      .where('s.starts_at', '>', ctx.now)
      .where('r.status', 'in', LIVE)
      .orderBy('r.id')
      .execute()
    for (const h of hours) {
      const booking = await mentorBooking(ctx, h.id)
      const outcome = await cancelReservation(ctx, {
        reservationId: h.id,
        by: { system: 'mentorRevoked' },
        reason: REVOKED_REASON,
      })
      if (outcome.status !== 'cancelled') continue
      await dropReminders(ctx, `reservation:${h.id}`)
      await notify(ctx, {
        userId: h.user_id,
        kind: 'mentor_cancelled',
        data: { person: `导师 ${booking.mentorName}`, time: when(booking), reason: REVOKED_REASON },
        page: '/subpackages/policies/bookings',
        event: `mentor_revoked:${h.id}`,
      })
    }
  },
}
