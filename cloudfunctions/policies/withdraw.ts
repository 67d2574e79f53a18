import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { policyEditor, POLICY_STAFF } from './domain/access'

/** Staff: withdraw a policy (废止; it leaves the list, its page says so) or bring it back. */
export const withdraw = handler('policies', 'withdraw', {
  access: policyEditor('id', { roles: POLICY_STAFF }),
  async run(ctx, { id, withdrawn, reason }) {
    await ctx.db
      .updateTable('policies')
      .set({ withdrawn_at: withdrawn ? ctx.now : null, updated_by: ctx.user.id, updated_at: ctx.now })
      .where('id', '=', id)
      .execute()
    await ctx.db.updateTable('policy_rules').set({ withdrawn }).where('policy_id', '=', id).execute()
    // Nobody matches a withdrawn policy; brought back, the timer matches it again.
    if (withdrawn) await ctx.db.deleteFrom('policy_matches').where('policy_id', '=', id).execute()
    else await ctx.db.updateTable('policies').set({ matched_version: 0 }).where('id', '=', id).execute()
    await audit(ctx, {
      actorId: ctx.user.id,
      action: withdrawn ? 'policy.withdraw' : 'policy.restore',
      subject: { type: 'policy', id },
      note: reason,
    })
    return { withdrawn }
  },
})
