import { handler } from '../../server/core/define-function'
import { maskPhone } from '../../server/people/mask'
import { canteenStaffOf, openCanteens } from '../canteen/public'
import { stationManagersOf, stationsInService } from '../stations/public'
import { communityReach } from './domain/access'

/** Canteens and stations in the caller's reach with their named staff (counter staff, station managers). */
export const places = handler('admin', 'places', {
  access: communityReach('communityId'),
  async run({ db, target: reach }) {
    const canteens = await openCanteens(db, reach.communityIds)
    const stations = await stationsInService(db, reach.communityIds)
    const canteenStaff = await canteenStaffOf(
      db,
      canteens.map((c) => c.id),
    )
    const stationStaff = await stationManagersOf(
      db,
      stations.map((s) => s.id),
    )
    const staffOf = (rows: typeof canteenStaff, place: number) =>
      rows
        .filter((r) => r.place === place)
        .map((r) => ({ userId: r.id, displayName: r.display_name, phoneMasked: maskPhone(r.phone) }))
    return {
      canteens: canteens.map((c) => ({ ...c, staff: staffOf(canteenStaff, c.id) })),
      stations: stations.map((s) => ({ ...s, staff: staffOf(stationStaff, s.id) })),
    }
  },
})
