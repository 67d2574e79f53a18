import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { checkIssuingDepartment, policyEditor, POLICY_STAFF } from './domain/access'
import { savePolicy } from './domain/save'

/**
 * Staff: publish a policy, or change one (a new version; the page then shows what changed).
 * The rule is checked by the contract (a condition that cannot be parsed is refused in words),
 * as is a window that ends before it starts.
 */
export const save = handler('policies', 'save', {
  access: policyEditor.ifNamed('id', { roles: POLICY_STAFF }),
  async run(ctx, { policy }) {
    const existing = ctx.target
    if (!existing || existing.department_id !== policy.departmentId) {
      const problem = checkIssuingDepartment(ctx.user, policy.departmentId)
      if (problem) refuse('FORBIDDEN', problem)
    }
    const r = await savePolicy(ctx, ctx.user.id, policy, existing)
    return { id: r.id, version: r.version, changed: r.changed }
  },
})
