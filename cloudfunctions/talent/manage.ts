import { handler } from '../../server/core/define-function'
import { formatShanghai } from '../../server/time/shanghai'
import { challengeOwner } from './domain/access'
import { detailsOf, presentSummary, publicChallenges } from './domain/challenges'
import { milestonesOf } from './domain/milestones'
import { milestoneCan, ownerCan, takeCan } from './domain/owner-can'
import { ratingsOf } from './domain/ratings'
import { takesForOwner } from './domain/takes'
import { activityById } from '../activities/public'

/**
 * The posting enterprise's view of a challenge: details, takes, review meeting, milestones,
 * ratings, and what it may do now (`can`, domain/owner-can.ts).
 */
export const manage = handler('talent', 'manage', {
  access: challengeOwner('id'),
  async run({ db, now, target: c }) {
    const row = await publicChallenges(db).where('c.id', '=', c.id).executeTakeFirstOrThrow()
    let review = null
    if (c.review_activity_id) {
      const a = await activityById(db, c.review_activity_id)
      const { taken } = await db
        .selectFrom('slots')
        .select('taken')
        .where('id', '=', a.slot_id)
        .executeTakeFirstOrThrow()
      review = { activityId: a.id, startsAt: formatShanghai(new Date(a.starts_at)), place: a.address, invited: taken }
    }
    const ratings = await ratingsOf(db, c.id)
    const takes = await takesForOwner(db, c.id)
    const milestones = await milestonesOf(db, c.id)
    return {
      challenge: { ...presentSummary(row, now), terms: c.terms },
      details: await detailsOf(db, c.id),
      takes: takes.map((t) => ({ ...t, can: takeCan(c.status, t) })),
      review,
      milestones: milestones.map((m) => ({ ...m, can: milestoneCan(m) })),
      myRating: ratings.byEnterprise,
      theirRating: ratings.byTaker,
      can: ownerCan({
        status: c.status,
        reviewHeld: c.review_activity_id !== null,
        takes,
        milestones,
        rated: ratings.byEnterprise !== null,
      }),
    }
  },
})
