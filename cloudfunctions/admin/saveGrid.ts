import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { handOverGrid } from './domain/grids'
import { socialWorkersOf } from './domain/people'

/**
 * Admin: a grid of a community (name, area) and its responsible 社工 (一社工一网格: one per grid,
 * who must be a 社工 of that community). Audited with before/after.
 */
export const saveGrid = handler('admin', 'saveGrid', {
  access: ['admin'],
  async run(ctx, { id, communityId, name, area, socialWorkerId }) {
    const { db } = ctx
    const community = await db.selectFrom('communities').select('id').where('id', '=', communityId).executeTakeFirst()
    if (!community) return refuse('NOT_FOUND', '没有这个社区')
    if (socialWorkerId !== null) {
      const workers = await socialWorkersOf(db, communityId)
      if (!workers.some((w) => w.id === socialWorkerId)) refuse('BAD_REQUEST', '负责人必须是本社区的社工')
    }
    const clash = await db
      .selectFrom('grids')
      .select('id')
      .where('community_id', '=', communityId)
      .where('name', '=', name)
      .executeTakeFirst()
    if (clash && clash.id !== id) refuse('CONFLICT', `本社区已有${name}`)
    const after = { name, area, socialWorkerId }
    if (id === undefined) {
      const row = await db
        .insertInto('grids')
        .values({ community_id: communityId, name, area, social_worker_id: null })
        .returning('id')
        .executeTakeFirstOrThrow()
      // The first responsible 社工 opens the grid's first period (grid_handovers).
      if (socialWorkerId !== null) await handOverGrid(ctx, row.id, socialWorkerId)
      await audit(ctx, {
        actorId: ctx.user.id,
        action: 'grid.create',
        subject: { type: 'grid', id: row.id },
        communityId,
        after,
      })
      return { id: row.id, created: true }
    }
    const before = await db.selectFrom('grids').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
    if (!before) return refuse('NOT_FOUND', '没有这个网格')
    if (before.community_id !== communityId) refuse('BAD_REQUEST', '网格不能移到其他社区')
    await db.updateTable('grids').set({ name, area }).where('id', '=', id).execute()
    // A change of 社工 is a handover (closes one period, opens the next), audited as such too.
    await handOverGrid(ctx, id, socialWorkerId)
    await audit(ctx, {
      actorId: ctx.user.id,
      action: 'grid.update',
      subject: { type: 'grid', id },
      communityId,
      before: { name: before.name, area: before.area, socialWorkerId: before.social_worker_id },
      after,
    })
    return { id, created: false }
  },
})
