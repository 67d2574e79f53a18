import { sql, type Transaction } from 'kysely'
import type { DB } from '../../server/db/schema'

// What other features may use of stations (DESIGN.md §6: features meet through public faces).
// Activities are held at stations; admin keeps stations' managers.
type Db = Transaction<DB>

/** One station (retired ones too: a guard or an old activity names it), or undefined. */
export const stationById = (db: Db, id: number) =>
  db
    .selectFrom('stations')
    .select(['id', 'name', 'community_id', 'lng', 'lat', 'retired_at'])
    .where('id', '=', id)
    .executeTakeFirst()

/** The names of these stations. */
export const stationNames = (db: Db, ids: number[]) =>
  ids.length ? db.selectFrom('stations').select(['id', 'name']).where('id', 'in', ids).execute() : Promise.resolve([])

/** Stations in service (in these communities, or all when null), with their community's name. */
export function stationsInService(db: Db, communityIds: number[] | null) {
  let q = db
    .selectFrom('stations as p')
    .innerJoin('communities as c', 'c.id', 'p.community_id')
    .select(['p.id', 'p.name', 'c.name as community'])
    .where('p.retired_at', 'is', null)
  if (communityIds) q = q.where('p.community_id', 'in', communityIds.length ? communityIds : [-1])
  return q.orderBy('p.id').execute()
}

/** The managers of these stations (`place` is the station's id). */
export const stationManagersOf = (db: Db, stationIds: number[]) =>
  stationIds.length
    ? db
        .selectFrom('station_managers as s')
        .innerJoin('users as u', 'u.id', 's.user_id')
        .select(['s.station_id as place', 'u.id', 'u.display_name', 'u.phone'])
        .where('s.station_id', 'in', stationIds)
        .orderBy('u.id')
        .execute()
    : Promise.resolve([])

/** Make or unmake a person manager of a station; true when that changed anything. */
export async function setStationManager(db: Db, stationId: number, userId: number, staff: boolean) {
  const r = staff
    ? await sql`insert into station_managers (station_id, user_id) values (${stationId}, ${userId})
        on conflict do nothing`.execute(db)
    : await sql`delete from station_managers where station_id = ${stationId} and user_id = ${userId}`.execute(db)
  return Number(r.numAffectedRows ?? 0) > 0
}
