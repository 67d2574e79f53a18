import { handler } from '../../server/core/define-function'
import { demandAsker } from './domain/access'
import { asCommunity, asDepartment } from './domain/actor'
import { assertStep, move } from './domain/lifecycle'
import { presentFor } from './domain/present'
import { workingMinutesBetween } from './domain/sla'

/** Ask the enterprise for more: the SLA clock stops, keeping the working time that was left. */
export const requestInfo = handler('demands', 'requestInfo', {
  access: demandAsker('demandId'),
  async run(ctx, input) {
    const { demand: d, standing } = ctx.target
    assertStep(d, 'requestInfo')
    const actor =
      standing.holder && d.holder_department_id !== null
        ? await asDepartment(ctx.db, ctx.user, d.holder_department_id)
        : asCommunity(ctx.user, d)
    await move(ctx, d, {
      step: 'requestInfo',
      actor,
      note: input.question,
      set: {
        status: 'info_requested',
        paused_from: d.status,
        paused_at: ctx.now,
        sla_left_minutes: workingMinutesBetween(ctx.now, new Date(d.due_at)),
      },
    })
    return presentFor(ctx, d.id)
  },
})
