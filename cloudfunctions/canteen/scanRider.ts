import { handler } from '../../server/core/define-function'
import { canteenStaff } from './domain/access'
import { discountLabel } from './domain/pricing'
import { riderOfCode } from './domain/rider-code'

/** Counter: read a scanned 骑手码 — whether the rider is verified, the name masked. Writes nothing. */
export const scanRider = handler('canteen', 'scanRider', {
  access: canteenStaff('canteenId'),
  async run({ db, now, target: canteen }, { code }) {
    const r = await riderOfCode(db, code, now)
    return {
      rider: r.rider,
      verified: r.verified,
      expiresAt: r.expiresAt.toISOString(),
      discountLabel: discountLabel(canteen.rider_discount),
    }
  },
})
