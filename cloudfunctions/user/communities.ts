import { sql } from 'kysely'
import { handler } from '../../server/core/define-function'

/** Haversine in SQL: a dozen communities, ordered where they are (no copy of the table in memory). */
const distanceKm = (lng: number, lat: number) => sql<number>`
  6371 * 2 * asin(sqrt(power(sin(radians(lat - ${lat}) / 2), 2)
    + cos(radians(${lat})) * cos(radians(lat)) * power(sin(radians(lng - ${lng}) / 2), 2)))`

/** The communities to choose from; nearest first when the phone gave a position. */
export const communities = handler('user', 'communities', {
  access: 'public',
  async run({ db }, { lng, lat }) {
    const near = lng !== undefined && lat !== undefined
    let q = db
      .selectFrom('communities')
      .select(['id', 'name', 'district', 'street'])
      .select((near ? distanceKm(lng, lat) : sql<number | null>`null`).as('distance_km'))
    if (near) q = q.orderBy(sql`distance_km`)
    const rows = await q.orderBy('id').execute()
    return {
      items: rows.map((c) => ({
        id: c.id,
        name: c.name,
        district: c.district,
        street: c.street,
        distanceKm: c.distance_km === null ? null : Math.round(Number(c.distance_km) * 10) / 10,
      })),
    }
  },
})
