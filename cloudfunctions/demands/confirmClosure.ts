import { handler } from '../../server/core/define-function'
import { demandFiler } from './domain/access'
import { asEnterprise } from './domain/actor'
import { move } from './domain/lifecycle'
import { presentFor } from './domain/present'

/** The enterprise confirms: closed (办结); it may rate it, and reopen it within 15 days. */
export const confirmClosure = handler('demands', 'confirmClosure', {
  access: demandFiler('demandId'),
  async run(ctx) {
    const { demand: d } = ctx.target
    await move(ctx, d, {
      step: 'confirmClosure',
      actor: asEnterprise(ctx.user, d),
      set: { status: 'closed', closed_at: ctx.now },
    })
    return presentFor(ctx, d.id)
  },
})
