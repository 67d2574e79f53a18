import { handler } from '../../server/core/define-function'
import { teamOrganiser } from './domain/access'
import { teamStatsOf } from './domain/stats'

/** Team statistics for its organisers. */
export const teamStats = handler('volunteers', 'teamStats', {
  access: teamOrganiser('teamId'),
  run: ({ db, now, target }) => teamStatsOf(db, target, now),
})
