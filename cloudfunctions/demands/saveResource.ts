import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { bigrams } from '../../server/text/bigrams'
import { communityDemandStaff } from './domain/access'
import { presentResource } from './domain/wishes'

/** 社区所能: the community's staff record what it (or a member enterprise) can offer. */
export const saveResource = handler('demands', 'saveResource', {
  access: communityDemandStaff('communityId'),
  async run(ctx, input) {
    const values = {
      community_id: input.communityId,
      kind: input.kind,
      title: input.title,
      description: input.description,
      provider: input.provider,
      place: input.place,
      capacity: input.capacity,
      active: input.active,
      terms: bigrams(`${input.title} ${input.description} ${input.provider}`),
    }
    let id = input.resourceId
    if (id !== undefined) {
      const before = await ctx.db.selectFrom('demand_resources').selectAll().where('id', '=', id).executeTakeFirst()
      if (!before || before.community_id !== input.communityId) return refuse('NOT_FOUND', '资源不存在或不属于该社区')
      await ctx.db.updateTable('demand_resources').set(values).where('id', '=', id).execute()
    } else {
      id = (
        await ctx.db
          .insertInto('demand_resources')
          .values({ ...values, created_by: ctx.user.id, created_at: ctx.now })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id
    }
    await audit(ctx, {
      actorId: ctx.user.id,
      action: input.resourceId ? 'resource.update' : 'resource.create',
      subject: { type: 'demand_resource', id },
      communityId: input.communityId,
      after: { ...values, terms: undefined },
    })
    return presentResource({ id, ...values, community: ctx.target.name })
  },
})
