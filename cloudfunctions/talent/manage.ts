import { handler } from '../../server/core/define-function'
import { formatShanghai } from '../../server/time/shanghai'
import { challengeOwner } from './domain/access'
import { detailsOf, presentSummary, publicChallenges } from './domain/challenges'
import { milestonesOf } from './domain/milestones'
import { ratingsOf } from './domain/ratings'
import { takesForOwner } from './domain/takes'
import { activityById } from '../activities/public'

/** The posting enterprise's view of a challenge: details, takes, review meeting, milestones, ratings. */
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
    return {
      challenge: { ...presentSummary(row, now), terms: c.terms },
      details: await detailsOf(db, c.id),
      takes: await takesForOwner(db, c.id),
      review,
      milestones: await milestonesOf(db, c.id),
      myRating: ratings.byEnterprise,
      theirRating: ratings.byTaker,
    }
  },
})
