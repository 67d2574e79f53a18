import { handler } from '../../server/core/define-function'
import { demandFiler } from './domain/access'
import { asEnterprise } from './domain/actor'
import { move } from './domain/lifecycle'
import { presentFor } from './domain/present'

/** The enterprise does not accept the closure: back to the holder, the original deadline still running. */
export const rejectClosure = handler('demands', 'rejectClosure', {
  access: demandFiler('demandId'),
  async run(ctx, input) {
    const { demand: d } = ctx.target
    await move(ctx, d, {
      step: 'rejectClosure',
      actor: asEnterprise(ctx.user, d),
      note: input.reason,
      set: { status: 'accepted', closure_proposed_at: null, on_time: null },
    })
    return presentFor(ctx, d.id)
  },
})
