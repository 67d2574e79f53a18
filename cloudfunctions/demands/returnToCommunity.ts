import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { demandAssignee } from './domain/access'
import { asDepartment } from './domain/actor'
import { assertStep, move } from './domain/lifecycle'
import { presentFor } from './domain/present'

/**
 * A department returns a dispatch with its reason. While other departments still have it, the
 * next one answers for it (首接); when none is left it goes back to the grid's social worker.
 */
export const returnToCommunity = handler('demands', 'returnToCommunity', {
  access: demandAssignee('demandId'),
  async run(ctx, input) {
    const { demand: d, standing } = ctx.target
    assertStep(d, 'return')
    const departmentId = standing.pendingDepartments[0]
    if (departmentId === undefined) refuse('CONFLICT', '你的部门没有待接的派单，不能退回')
    await ctx.db
      .updateTable('demand_assignments')
      .set({ status: 'returned', lead: false, reason: input.reason, responded_by: ctx.user.id, responded_at: ctx.now })
      .where('demand_id', '=', d.id)
      .where('department_id', '=', departmentId)
      .where('status', '=', 'pending')
      .execute()
    const left = await ctx.db
      .selectFrom('demand_assignments')
      .select(['id', 'lead'])
      .where('demand_id', '=', d.id)
      .where('status', '=', 'pending')
      .orderBy('id')
      .execute()
    if (left.length > 0 && !left.some((a) => a.lead)) {
      await ctx.db.updateTable('demand_assignments').set({ lead: true }).where('id', '=', left[0].id).execute()
    }
    await move(ctx, d, {
      step: 'return',
      actor: await asDepartment(ctx.db, ctx.user, departmentId),
      note: input.reason,
      set: left.length > 0 ? {} : { status: 'filed' },
    })
    return presentFor(ctx, input.demandId)
  },
})
