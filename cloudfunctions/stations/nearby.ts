import { handler } from '../../server/core/define-function'
import { nearestOpenFirst, nearestStations } from './domain/nearby-query'
import { summarize } from './domain/present'

export const nearby = handler('stations', 'nearby', {
  access: 'public',
  async run({ db, now }, input) {
    const { openFirst, openNow, ...search } = input
    const found =
      openFirst && !openNow
        ? await nearestOpenFirst(db, search, now)
        : await nearestStations(db, { ...search, openAt: openNow ? now : null })
    return { items: found.map(({ row }) => summarize(row, now, input)), at: now.toISOString() }
  },
})
