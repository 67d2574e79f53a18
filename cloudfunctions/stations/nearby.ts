import { handler } from '../../server/core/define-function'
import { queryNearby } from './domain/nearby-query'
import { summarize } from './domain/present'

export const nearby = handler<'stations', 'nearby', 'public'>({
  access: 'public',
  async run({ db, now }, input) {
    const rows = await queryNearby(db, { ...input, now })
    const items = rows
      .map((r) => summarize(r, now, input))
      // The index bounds by a slightly larger circle; the exact distance decides.
      .filter((s) => s.distanceM <= input.radiusM)
    return { items, at: now.toISOString() }
  },
})
