import { handler, own } from '../../server/core/define-function'
import { presentSummary, publicChallenges } from './domain/challenges'
import { milestonesOf } from './domain/milestones'
import { ratingsOf } from './domain/ratings'
import { presentMyTake } from './domain/takes'

/** 我的揭榜: the caller's takes (and their teams' awarded ones) with milestones and ratings. */
export const myTakes = handler('talent', 'myTakes', {
  access: own("the caller's own takes"),
  async run({ db, user, now }) {
    const takes = await db
      .selectFrom('talent_takes as t')
      .selectAll('t')
      .where((eb) =>
        eb.or([
          eb('t.user_id', '=', user.id),
          eb.and([
            eb('t.status', '=', 'awarded'),
            eb(
              't.team_id',
              'in',
              eb
                .selectFrom('talent_team_members')
                .select('team_id')
                .where('user_id', '=', user.id)
                .where('status', '=', 'accepted'),
            ),
          ]),
        ]),
      )
      .orderBy('t.id', 'desc')
      .limit(100)
      .execute()
    const items = []
    for (const t of takes) {
      const c = await publicChallenges(db).where('c.id', '=', t.challenge_id).executeTakeFirstOrThrow()
      const awarded = t.status === 'awarded'
      const ratings = awarded ? await ratingsOf(db, c.id) : { byEnterprise: null, byTaker: null }
      items.push({
        take: await presentMyTake(db, t),
        challenge: presentSummary(c, now),
        milestones: awarded ? await milestonesOf(db, c.id) : [],
        canRate: awarded && c.status === 'solved' && !ratings.byTaker,
        myRating: ratings.byTaker,
        theirRating: ratings.byEnterprise,
      })
    }
    return { items }
  },
})
