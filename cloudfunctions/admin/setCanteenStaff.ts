import { handler } from '../../server/core/define-function'
import { canteenKeeper } from './domain/access'
import { setPlaceStaff } from './domain/place-staff'

/** Add or remove a canteen's counter staff (they redeem codes and run the day). Audited. */
export const setCanteenStaff = handler('admin', 'setCanteenStaff', {
  access: canteenKeeper('canteenId', { roles: ['admin', 'social_worker'] }),
  run: (ctx, { userId, staff }) => setPlaceStaff(ctx, 'canteen', ctx.target, userId, staff),
})
