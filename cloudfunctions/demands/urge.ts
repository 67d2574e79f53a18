import { handler } from '../../server/core/define-function'
import { demandSupervisor } from './domain/access'
import { asCommunity, asDepartment } from './domain/actor'
import { move } from './domain/lifecycle'
import { presentFor } from './domain/present'

/** 督办: the grid's social worker or the street office presses whoever holds it. */
export const urge = handler('demands', 'urge', {
  access: demandSupervisor('demandId'),
  async run(ctx, input) {
    const { demand: d, standing } = ctx.target
    const office = await ctx.db
      .selectFrom('demand_street_offices')
      .select('department_id')
      .where('community_id', '=', d.community_id)
      .executeTakeFirst()
    const actor =
      standing.triager || !office
        ? asCommunity(ctx.user, d)
        : await asDepartment(ctx.db, ctx.user, office.department_id)
    await move(ctx, d, { step: 'urge', actor, note: input.note })
    return presentFor(ctx, d.id)
  },
})
