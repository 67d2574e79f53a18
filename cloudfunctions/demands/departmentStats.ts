import { handler } from '../../server/core/define-function'
import { departmentMember } from './domain/access'
import { statsFor } from './domain/stats'

/** A department's statistics for a year: the demands it handled, across communities. */
export const departmentStats = handler('demands', 'departmentStats', {
  access: departmentMember('departmentId'),
  run: (ctx, input) => statsFor(ctx.db, { departmentId: input.departmentId }, input.year, ctx.now, ctx.target.name),
})
