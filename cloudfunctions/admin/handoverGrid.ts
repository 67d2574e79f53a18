import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { handOverGrid } from './domain/grids'
import { socialWorkersOf } from './domain/people'

/**
 * Admin: 网格交接 (一社工一网格). The grid passes from the 社工 the admin saw responsible to another
 * 社工 of its community, dated now and signed by the admin; if someone else is responsible by now
 * (another admin was quicker), nothing is written and the admin is told who.
 */
export const handoverGrid = handler('admin', 'handoverGrid', {
  access: ['admin'],
  async run(ctx, input) {
    const grid = await ctx.db
      .selectFrom('grids')
      .select(['id', 'community_id', 'name'])
      .where('id', '=', input.gridId)
      .executeTakeFirst()
    if (!grid) return refuse('NOT_FOUND', '没有这个网格')
    if (input.toSocialWorkerId !== null) {
      const workers = await socialWorkersOf(ctx.db, grid.community_id)
      if (!workers.some((w) => w.id === input.toSocialWorkerId)) refuse('BAD_REQUEST', '负责人必须是本社区的社工')
    }
    if (input.fromSocialWorkerId === input.toSocialWorkerId) refuse('BAD_REQUEST', '交接前后是同一位社工')
    const r = await handOverGrid(ctx, grid.id, input.toSocialWorkerId, {
      expected: input.fromSocialWorkerId,
      note: input.note,
    })
    return { changed: r.changed }
  },
})
