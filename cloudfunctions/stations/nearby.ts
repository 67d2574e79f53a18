import { handler } from '../../server/core/define-function'
import { nearestStations } from './domain/nearby-query'
import { summarize } from './domain/present'

export const nearby = handler('stations', 'nearby', {
  access: 'public',
  async run({ db, now }, input) {
    const found = await nearestStations(db, { ...input, openAt: input.openNow ? now : null })
    return { items: found.map(({ row }) => summarize(row, now, input)), at: now.toISOString() }
  },
})
