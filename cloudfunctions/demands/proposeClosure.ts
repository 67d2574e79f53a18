import { handler } from '../../server/core/define-function'
import { demandHolder } from './domain/access'
import { holderActor } from './domain/actor'
import { move } from './domain/lifecycle'
import { presentFor } from './domain/present'

/** The holder proposes closure with what was done; on time if before the deadline. */
export const proposeClosure = handler('demands', 'proposeClosure', {
  access: demandHolder('demandId'),
  async run(ctx, input) {
    const { demand: d } = ctx.target
    await move(ctx, d, {
      step: 'proposeClosure',
      actor: await holderActor(ctx.db, ctx.user, d),
      note: input.result,
      attachments: input.attachments,
      set: {
        status: 'closure_proposed',
        result: input.result,
        closure_proposed_at: ctx.now,
        on_time: ctx.now <= new Date(d.due_at),
      },
    })
    return presentFor(ctx, d.id)
  },
})
