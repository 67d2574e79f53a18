import { handler } from '../../server/core/define-function'
import { liveStations } from './domain/nearby-index'
import { summarize } from './domain/present'

export const nearby = handler('stations', 'nearby', {
  access: 'public',
  async run({ db, now, runtime }, input) {
    const grid = await liveStations(db, await runtime.database())
    const found = grid.nearest({ ...input, openAt: input.openNow ? now : null })
    return {
      items: found.map(({ station }) => summarize(station.row, now, input, station.spans)),
      at: now.toISOString(),
    }
  },
})
