import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { enterpriseLiaison } from './domain/access'
import { challengeValues, communityPlace } from './domain/post'

/** 发榜: a challenge with its public summary and its confidential details (kept apart). */
export const postChallenge = handler('talent', 'postChallenge', {
  access: enterpriseLiaison('enterpriseId'),
  async run(ctx, input) {
    const { db, user, now, target: enterprise } = ctx
    const { publicPart, details } = challengeValues(input, now)
    const place = await communityPlace(ctx, enterprise.community_id)
    const { id } = await db
      .insertInto('talent_challenges')
      .values({
        ...publicPart,
        enterprise_id: enterprise.id,
        community_id: enterprise.community_id,
        posted_by: user.id,
        lng: place.lng,
        lat: place.lat,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await db
      .insertInto('talent_challenge_details')
      .values({ challenge_id: id, ...details })
      .execute()
    await audit(ctx, {
      actorId: user.id,
      action: 'talent.challenge.post',
      subject: { type: 'talent_challenge', id },
      communityId: enterprise.community_id,
      after: { title: input.title, enterpriseId: enterprise.id },
    })
    return { id }
  },
})
