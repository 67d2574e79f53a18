import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { whenWords } from '../../server/time/shanghai'
import { demandTriager } from './domain/access'
import { asCommunity } from './domain/actor'
import { assertStep, move } from './domain/lifecycle'
import { presentFor } from './domain/present'
import { addWorkingMinutes, REMIND_BEFORE_MINUTES, workingMinutesBetween } from './domain/sla'

/** 社区派单: to one or more departments with a deadline; the first listed answers for it until one accepts. */
export const dispatch = handler('demands', 'dispatch', {
  access: demandTriager('demandId'),
  async run(ctx, input) {
    const { demand: d } = ctx.target
    assertStep(d, 'dispatch')
    const deadline = new Date(input.deadline)
    if (deadline <= ctx.now) refuse('BAD_REQUEST', '办理时限不能早于现在')
    if (deadline.getTime() - ctx.now.getTime() > 366 * 86_400_000) refuse('BAD_REQUEST', '办理时限不能超过一年')
    const ids = [...new Set(input.departmentIds)]
    const departments = await ctx.db
      .selectFrom('departments')
      .select(['id', 'name'])
      .where('id', 'in', ids)
      .where('active', '=', true)
      .execute()
    if (departments.length !== ids.length) refuse('BAD_REQUEST', '所选部门不存在或已停用')
    const named = ids.map((id) => departments.find((x) => x.id === id)!)
    await ctx.db
      .insertInto('demand_assignments')
      .values(
        named.map((dp, i) => ({
          demand_id: d.id,
          department_id: dp.id,
          status: 'pending' as const,
          lead: i === 0,
          deadline,
          dispatched_by: ctx.user.id,
          dispatched_at: ctx.now,
        })),
      )
      .execute()
    const left = workingMinutesBetween(ctx.now, deadline)
    await move(ctx, d, {
      step: 'dispatch',
      actor: asCommunity(ctx.user, d),
      note: `派往${named.map((x) => x.name).join('、')}，办理时限 ${whenWords(deadline, ctx.now)}${input.note ? `。${input.note}` : ''}`,
      set: {
        status: 'dispatched',
        due_at: deadline,
        remind_at: left > REMIND_BEFORE_MINUTES ? addWorkingMinutes(ctx.now, left - REMIND_BEFORE_MINUTES) : null,
        reminded_at: null,
        escalated_at: null,
      },
    })
    return presentFor(ctx, d.id)
  },
})
