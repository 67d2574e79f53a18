import { handler } from '../../server/core/define-function'
import { activityById } from './domain/access'
import { presentDetail, withRegistrationQr } from './domain/present'

export const detail = handler('activities', 'detail', {
  access: 'public',
  run: async ({ db, user, now }, { id }) => presentDetail(db, await activityById(db, id), user, now),
  finish: async (d) => ({ ...d, mine: d.mine && (await withRegistrationQr(d.mine)) }),
})
