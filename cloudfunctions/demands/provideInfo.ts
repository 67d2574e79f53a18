import { handler } from '../../server/core/define-function'
import { demandFiler } from './domain/access'
import { asEnterprise } from './domain/actor'
import { assertStep, move } from './domain/lifecycle'
import { presentFor } from './domain/present'
import { clockFrom } from './domain/sla'

/** The enterprise answers: the demand goes back where it was and its clock runs on from here. */
export const provideInfo = handler('demands', 'provideInfo', {
  access: demandFiler('demandId'),
  async run(ctx, input) {
    const { demand: d } = ctx.target
    assertStep(d, 'provideInfo')
    const { dueAt, remindAt } = clockFrom(ctx.now, d.sla_left_minutes ?? 0)
    await move(ctx, d, {
      step: 'provideInfo',
      actor: asEnterprise(ctx.user, d),
      note: input.answer,
      attachments: input.attachments,
      set: {
        status: d.paused_from ?? 'filed',
        paused_from: null,
        paused_at: null,
        sla_left_minutes: null,
        due_at: dueAt,
        remind_at: remindAt,
        reminded_at: null,
      },
    })
    return presentFor(ctx, d.id)
  },
})
