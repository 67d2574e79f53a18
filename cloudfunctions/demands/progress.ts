import { handler } from '../../server/core/define-function'
import { demandHolder } from './domain/access'
import { holderActor } from './domain/actor'
import { move } from './domain/lifecycle'
import { presentFor } from './domain/present'

/** The holder posts progress (with photos or files); the enterprise hears of it. */
export const progress = handler('demands', 'progress', {
  access: demandHolder('demandId'),
  async run(ctx, input) {
    const { demand: d } = ctx.target
    await move(ctx, d, {
      step: 'progress',
      actor: await holderActor(ctx.db, ctx.user, d),
      note: input.note,
      attachments: input.attachments,
    })
    return presentFor(ctx, d.id)
  },
})
