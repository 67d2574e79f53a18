import { handler } from '../../server/core/define-function'
import { labById } from './domain/access'
import { yearStats } from './domain/stats'

/** A lab's year in figures (batches, enterprises served, savings; per month and category): public, aggregates only. */
export const stats = handler('lab', 'stats', {
  access: 'public',
  async run(ctx, { labId, year }) {
    const lab = await labById(ctx.db, labId)
    return yearStats(ctx, lab.id, year)
  },
})
