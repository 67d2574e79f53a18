import { handler } from '../../server/core/define-function'
import { formatShanghai } from '../../server/time/shanghai'
import { challengeOwner } from './domain/access'
import { detailsOf, presentSummary, publicChallenges } from './domain/challenges'
import { milestonesOf } from './domain/milestones'
import { ratingsOf } from './domain/ratings'
import { takesForOwner } from './domain/takes'

/** The posting enterprise's view of a challenge: details, takes, review meeting, milestones, ratings. */
export const manage = handler('talent', 'manage', {
  access: challengeOwner('id'),
  async run({ db, now, target: c }) {
    const row = await publicChallenges(db).where('c.id', '=', c.id).executeTakeFirstOrThrow()
    let review = null
    if (c.review_activity_id) {
      const a = await db
        .selectFrom('activities as a')
        .innerJoin('slots as s', 's.id', 'a.slot_id')
        .select(['a.id', 'a.starts_at', 'a.address', 's.taken'])
        .where('a.id', '=', c.review_activity_id)
        .executeTakeFirstOrThrow()
      review = { activityId: a.id, startsAt: formatShanghai(new Date(a.starts_at)), place: a.address, invited: a.taken }
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
