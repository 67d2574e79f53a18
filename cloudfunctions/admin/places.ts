import { handler } from '../../server/core/define-function'
import { maskPhone } from '../../server/people/mask'
import { communityReach } from './domain/access'

/** Canteens and stations in the caller's reach with their named staff (counter staff, station managers). */
export const places = handler('admin', 'places', {
  access: communityReach('communityId'),
  async run({ db, target: reach }) {
    const ids = reach.communityIds === null ? null : reach.communityIds.length ? reach.communityIds : [-1]
    let canteenQ = db
      .selectFrom('canteens as p')
      .innerJoin('communities as c', 'c.id', 'p.community_id')
      .select(['p.id', 'p.name', 'c.name as community'])
      .where('p.active', '=', true)
    if (ids) canteenQ = canteenQ.where('p.community_id', 'in', ids)
    let stationQ = db
      .selectFrom('stations as p')
      .innerJoin('communities as c', 'c.id', 'p.community_id')
      .select(['p.id', 'p.name', 'c.name as community'])
      .where('p.retired_at', 'is', null)
    if (ids) stationQ = stationQ.where('p.community_id', 'in', ids)
    const canteens = await canteenQ.orderBy('p.id').execute()
    const stations = await stationQ.orderBy('p.id').execute()
    const canteenStaff = canteens.length
      ? await db
          .selectFrom('canteen_staff as s')
          .innerJoin('users as u', 'u.id', 's.user_id')
          .select(['s.canteen_id as place', 'u.id', 'u.display_name', 'u.phone'])
          .where(
            's.canteen_id',
            'in',
            canteens.map((c) => c.id),
          )
          .orderBy('u.id')
          .execute()
      : []
    const stationStaff = stations.length
      ? await db
          .selectFrom('station_managers as s')
          .innerJoin('users as u', 'u.id', 's.user_id')
          .select(['s.station_id as place', 'u.id', 'u.display_name', 'u.phone'])
          .where(
            's.station_id',
            'in',
            stations.map((c) => c.id),
          )
          .orderBy('u.id')
          .execute()
      : []
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
