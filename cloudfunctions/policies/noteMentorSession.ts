import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { mentorOfBooking } from './domain/access'
import { mentorBooking, when } from './domain/mentors'

/** After a session, the mentor writes a short note (what was advised, next steps) for the person. */
export const noteMentorSession = handler('policies', 'noteMentorSession', {
  access: mentorOfBooking('bookingId', { roles: ['mentor'] }),
  async run(ctx, { bookingId, note }) {
    const b = ctx.target
    if (b.starts_at > ctx.now) refuse('CONFLICT', '辅导开始后才能写记要')
    if (b.status !== 'confirmed' && b.status !== 'redeemed') refuse('CONFLICT', '只有已确认的辅导可以写记要')
    await ctx.db
      .insertInto('mentor_feedback')
      .values({ reservation_id: bookingId, note, noted_at: ctx.now })
      .onConflict((oc) => oc.column('reservation_id').doUpdateSet({ note, noted_at: ctx.now }))
      .execute()
    const booking = await mentorBooking(ctx, bookingId)
    await notify(ctx, {
      userId: b.user_id,
      kind: 'mentor_noted',
      data: { mentor: booking.mentorName, time: when(booking) },
      page: '/subpackages/policies/bookings',
      event: `mentor_noted:${bookingId}`,
    })
    return booking
  },
})
