import { handler } from '../../server/core/define-function'
import { stationKeeper } from './domain/access'
import { setPlaceStaff } from './domain/place-staff'

/** Add or remove a station's staff (they set its live status, hours and answer reports). Audited. */
export const setStationStaff = handler('admin', 'setStationStaff', {
  access: stationKeeper('stationId', { roles: ['admin', 'social_worker'] }),
  run: (ctx, { userId, staff }) => setPlaceStaff(ctx, 'station', ctx.target, userId, staff),
})
