import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { demandFiler } from './domain/access'
import { asEnterprise } from './domain/actor'
import { assertStep, move } from './domain/lifecycle'
import { presentFor } from './domain/present'
import { clockFrom, REOPEN_DAYS, slaMinutes } from './domain/sla'

/** 退回重办: within 15 days of closure it goes back to whoever handled it, with a fresh deadline. */
export const reopen = handler('demands', 'reopen', {
  access: demandFiler('demandId'),
  async run(ctx, input) {
    const { demand: d } = ctx.target
    assertStep(d, 'reopen')
    if (ctx.now.getTime() - new Date(d.closed_at!).getTime() > REOPEN_DAYS * 86_400_000)
      refuse('CONFLICT', `办结已超过 ${REOPEN_DAYS} 天，不能退回重办；如有新问题请重新提交诉求`)
    const { dueAt, remindAt } = clockFrom(ctx.now, slaMinutes(d.urgency, d.category))
    await move(ctx, d, {
      step: 'reopen',
      actor: asEnterprise(ctx.user, d),
      note: input.reason,
      set: {
        status: 'accepted',
        closed_at: null,
        closure_proposed_at: null,
        on_time: null,
        reopen_count: d.reopen_count + 1,
        due_at: dueAt,
        remind_at: remindAt,
        reminded_at: null,
        escalated_at: null,
      },
    })
    return presentFor(ctx, d.id)
  },
})
