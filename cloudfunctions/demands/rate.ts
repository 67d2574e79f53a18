import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { demandFiler } from './domain/access'
import { asEnterprise } from './domain/actor'
import { assertStep, move } from './domain/lifecycle'
import { presentFor } from './domain/present'

/** One rating per demand, 1–5 with a comment, once it is closed. */
export const rate = handler('demands', 'rate', {
  access: demandFiler('demandId'),
  async run(ctx, input) {
    const { demand: d } = ctx.target
    if (d.rating !== null) refuse('CONFLICT', '已经评价过了，每个诉求只能评价一次')
    assertStep(d, 'rate')
    await move(ctx, d, {
      step: 'rate',
      actor: asEnterprise(ctx.user, d),
      note: `${'★'.repeat(input.rating)}${input.comment ? ` ${input.comment}` : ''}`,
      set: { rating: input.rating, rating_comment: input.comment ?? null, rated_at: ctx.now },
    })
    return presentFor(ctx, d.id)
  },
})
