import { ROLE_LABELS } from '../../contract/roles'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { revokeGrant } from '../../server/people/grants'
import { handOverGrid } from './domain/grids'

/**
 * Admin: revoke a live grant (kept as history). The last admin cannot be revoked; a 社工 who
 * loses their community also stops being responsible for its grids.
 */
export const revokeRole = handler('admin', 'revokeRole', {
  access: ['admin'],
  async run(ctx, { grantId }) {
    const g = await ctx.db
      .selectFrom('user_roles as r')
      .leftJoin('communities as c', 'c.id', 'r.community_id')
      .leftJoin('departments as d', 'd.id', 'r.department_id')
      .leftJoin('enterprises as e', 'e.id', 'r.enterprise_id')
      .select([
        'r.user_id',
        'r.role',
        'r.community_id',
        'c.name as community',
        'd.name as department',
        'e.name as enterprise',
      ])
      .where('r.id', '=', grantId)
      .executeTakeFirst()
    await revokeGrant(ctx, grantId, ctx.user.id)
    if (!g) return { revoked: true as const }
    await notify(ctx, {
      userId: g.user_id,
      kind: 'role_changed',
      data: { granted: false, role: ROLE_LABELS[g.role], scope: g.community ?? g.department ?? g.enterprise ?? '' },
      page: '/pages/mine/index',
      event: `role:${grantId}:revoked`,
    })
    if (g.role === 'social_worker' && g.community_id !== null) {
      const held = await ctx.db
        .selectFrom('grids')
        .select('id')
        .where('community_id', '=', g.community_id)
        .where('social_worker_id', '=', g.user_id)
        .execute()
      // Their grids are left without a 社工 (the grid page warns) until an admin hands them over.
      for (const grid of held) await handOverGrid(ctx, grid.id, null, { note: '社工角色撤销' })
    }
    return { revoked: true as const }
  },
})
