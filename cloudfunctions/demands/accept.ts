import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { demandAssignee } from './domain/access'
import { asDepartment } from './domain/actor'
import { assertStep, move } from './domain/lifecycle'
import { presentFor } from './domain/present'

/**
 * 部门接单. The first department to accept holds the demand: the row is locked by the guard and
 * both updates are conditional on the state they start from, so of two departments accepting at
 * once exactly one holds it and the other is told who did.
 */
export const accept = handler('demands', 'accept', {
  access: demandAssignee('demandId'),
  async run(ctx, input) {
    const { demand: d, standing } = ctx.target
    if (d.holder_department_id !== null && (d.status === 'accepted' || d.status === 'closure_proposed')) {
      const holder = await ctx.db
        .selectFrom('departments')
        .select('name')
        .where('id', '=', d.holder_department_id)
        .executeTakeFirstOrThrow()
      refuse('CONFLICT', `该诉求已由${holder.name}接单`)
    }
    assertStep(d, 'accept')
    const departmentId = standing.pendingDepartments[0]
    if (departmentId === undefined) refuse('CONFLICT', '你的部门没有待接的派单')
    const taken = await ctx.db
      .updateTable('demand_assignments')
      .set({ status: 'accepted', responded_by: ctx.user.id, responded_at: ctx.now })
      .where('demand_id', '=', d.id)
      .where('department_id', '=', departmentId)
      .where('status', '=', 'pending')
      .executeTakeFirst()
    if (Number(taken.numUpdatedRows) !== 1) refuse('CONFLICT', '派单已变化，请刷新后再试')
    // The others need not act any more.
    await ctx.db
      .updateTable('demand_assignments')
      .set({ status: 'released', responded_at: ctx.now })
      .where('demand_id', '=', d.id)
      .where('status', '=', 'pending')
      .execute()
    await move(ctx, d, {
      step: 'accept',
      actor: await asDepartment(ctx.db, ctx.user, departmentId),
      set: { status: 'accepted', holder_department_id: departmentId, solved_by: 'department' },
    })
    return presentFor(ctx, input.demandId)
  },
})
