import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { demandGuide } from './domain/access'
import { move } from './domain/lifecycle'
import { presentFor } from './domain/present'

/**
 * 传单 (北仑: 企业点单、党建指导员传单、工业社区派单): a 党建指导员 of the community passes a new
 * demand on to the grid's 社工 with a note, once. The demand stays 待分派 with the grid's 社工,
 * who gets a to-do carrying the note; a community without 党建指导员 never sees this step.
 */
export const relay = handler('demands', 'relay', {
  access: demandGuide('demandId'),
  async run(ctx, input) {
    const { demand: d } = ctx.target
    const already = await ctx.db
      .selectFrom('demand_events')
      .select('actor_label')
      .where('demand_id', '=', d.id)
      .where('kind', '=', 'relayed')
      .executeTakeFirst()
    if (already) refuse('CONFLICT', `该诉求已由${already.actor_label}传单`)
    await move(ctx, d, {
      step: 'relay',
      actor: { id: ctx.user.id, label: `${d.community_name} 党建指导员 ${ctx.user.display_name}` },
      note: input.note,
    })
    return presentFor(ctx, d.id)
  },
})
