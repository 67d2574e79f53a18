import { handler } from '../../server/core/define-function'
import { communityDemandStaff } from './domain/access'
import { statsFor } from './domain/stats'

/** A community's statistics for a year (optionally one grid or category), for its staff. */
export const stats = handler('demands', 'stats', {
  access: communityDemandStaff('communityId'),
  run: (ctx, input) =>
    statsFor(
      ctx.db,
      { communityId: input.communityId, gridId: input.gridId, category: input.category },
      input.year,
      ctx.now,
      ctx.target.name,
    ),
})
