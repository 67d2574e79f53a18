import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { demandTriager } from './domain/access'
import { asCommunity } from './domain/actor'
import { assertStep, move } from './domain/lifecycle'
import { presentFor } from './domain/present'

/** Solved by the community itself (社区所能): the enterprise is asked to confirm. */
export const solve = handler('demands', 'solve', {
  access: demandTriager('demandId'),
  async run(ctx, input) {
    const { demand: d } = ctx.target
    assertStep(d, 'solve')
    if (input.resourceId !== undefined) {
      const r = await ctx.db
        .selectFrom('demand_resources')
        .select(['community_id', 'active'])
        .where('id', '=', input.resourceId)
        .executeTakeFirst()
      if (!r || !r.active || (r.community_id !== null && r.community_id !== d.community_id))
        refuse('BAD_REQUEST', '所选资源不存在或不属于本社区')
    }
    await move(ctx, d, {
      step: 'solve',
      actor: asCommunity(ctx.user, d),
      note: input.result,
      set: {
        status: 'closure_proposed',
        solved_by: 'community',
        holder_department_id: null,
        result: input.result,
        resource_id: input.resourceId ?? d.resource_id,
        closure_proposed_at: ctx.now,
        on_time: ctx.now <= new Date(d.due_at),
      },
    })
    return presentFor(ctx, d.id)
  },
})
