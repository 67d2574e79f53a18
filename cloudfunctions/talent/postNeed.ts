import { handler } from '../../server/core/define-function'
import { enterpriseLiaison } from './domain/access'
import { cleanSkills } from './domain/challenges'
import { communityPlace } from './domain/post'

/** 人才需求: a role with its skills, 全职/兼职/双聘, and where. */
export const postNeed = handler('talent', 'postNeed', {
  access: enterpriseLiaison('enterpriseId'),
  async run(ctx, input) {
    const { db, user, now, target: enterprise } = ctx
    const place = await communityPlace(ctx, enterprise.community_id)
    const { id } = await db
      .insertInto('talent_needs')
      .values({
        enterprise_id: enterprise.id,
        community_id: enterprise.community_id,
        posted_by: user.id,
        role: input.role,
        chain: input.chain,
        skills: cleanSkills(input.skills),
        mode: input.mode,
        place: input.place,
        headcount: input.headcount,
        description: input.description,
        lng: place.lng,
        lat: place.lat,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    return { id }
  },
})
