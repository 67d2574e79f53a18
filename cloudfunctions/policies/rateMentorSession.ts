import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { holderOfMentorBooking } from './domain/access'
import { mentorBooking } from './domain/mentors'

/** After a session that took place, the person rates it (1–5) with a word; rating again replaces it. */
export const rateMentorSession = handler('policies', 'rateMentorSession', {
  access: holderOfMentorBooking('bookingId'),
  async run(ctx, { bookingId, rating, comment }) {
    const b = ctx.target
    if (b.ends_at > ctx.now) refuse('CONFLICT', '辅导结束后才能评价')
    if (b.status !== 'confirmed' && b.status !== 'redeemed') refuse('CONFLICT', '只有已确认并已进行的辅导可以评价')
    await ctx.db
      .insertInto('mentor_feedback')
      .values({ reservation_id: bookingId, rating, comment, rated_at: ctx.now })
      .onConflict((oc) => oc.column('reservation_id').doUpdateSet({ rating, comment, rated_at: ctx.now }))
      .execute()
    return mentorBooking(ctx, bookingId)
  },
})
