import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { demandTriager } from './domain/access'
import { asCommunity } from './domain/actor'
import { move } from './domain/lifecycle'
import { presentFor } from './domain/present'

/** Link a demand to a resource of 社区所能 (the timeline says which). */
export const linkDemand = handler('demands', 'linkDemand', {
  access: demandTriager('demandId'),
  async run(ctx, input) {
    const { demand: d } = ctx.target
    const r = await ctx.db
      .selectFrom('demand_resources')
      .select(['id', 'title', 'provider', 'community_id', 'active'])
      .where('id', '=', input.resourceId)
      .executeTakeFirst()
    if (!r || !r.active || (r.community_id !== null && r.community_id !== d.community_id))
      refuse('BAD_REQUEST', '所选资源不存在或不属于本社区')
    await move(ctx, d, {
      step: 'link',
      actor: asCommunity(ctx.user, d),
      note: `对接「${r!.title}」（${r!.provider}）`,
      set: { resource_id: r!.id },
    })
    return presentFor(ctx, d.id)
  },
})
