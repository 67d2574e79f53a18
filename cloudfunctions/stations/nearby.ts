import { handler } from '../../server/core/define-function'
import { haversineM } from './domain/geo'
import { queryNearby } from './domain/nearby-query'
import { summarize } from './domain/present'

export const nearby = handler<'stations', 'nearby', 'public'>({
  access: 'public',
  async run({ db, now }, input) {
    const rows = await queryNearby(db, { ...input, now })
    const items = rows
      // The index bounds by a slightly larger circle; the exact distance decides.
      .filter((r) => haversineM(input.lng, input.lat, r.lng, r.lat) <= input.radiusM)
      .map((r) => summarize(r, now, input))
    return { items, at: now.toISOString() }
  },
})
