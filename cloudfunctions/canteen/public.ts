import { sql, type Transaction } from 'kysely'
import type { DB } from '../../server/db/schema'

// What other features may use of canteens (DESIGN.md §6: features meet through public faces).
// Admin keeps canteens' counter staff; stations show the canteen at a station; accounts show and
// review rider verifications (canteen's rider price).
type Db = Transaction<DB>

/** One canteen as a keeper's guard needs it (its community), or undefined. */
export const canteenById = (db: Db, id: number) =>
  db.selectFrom('canteens').select(['id', 'name', 'community_id']).where('id', '=', id).executeTakeFirst()

/** Open canteens (in these communities, or all when null), with their community's name. */
export function openCanteens(db: Db, communityIds: number[] | null) {
  let q = db
    .selectFrom('canteens as p')
    .innerJoin('communities as c', 'c.id', 'p.community_id')
    .select(['p.id', 'p.name', 'c.name as community'])
    .where('p.active', '=', true)
  if (communityIds) q = q.where('p.community_id', 'in', communityIds.length ? communityIds : [-1])
  return q.orderBy('p.id').execute()
}

/** The counter staff of these canteens (`place` is the canteen's id). */
export const canteenStaffOf = (db: Db, canteenIds: number[]) =>
  canteenIds.length
    ? db
        .selectFrom('canteen_staff as s')
        .innerJoin('users as u', 'u.id', 's.user_id')
        .select(['s.canteen_id as place', 'u.id', 'u.display_name', 'u.phone'])
        .where('s.canteen_id', 'in', canteenIds)
        .orderBy('u.id')
        .execute()
    : Promise.resolve([])

/** Make or unmake a person counter staff of a canteen; true when that changed anything. */
export async function setCanteenStaff(db: Db, canteenId: number, userId: number, staff: boolean) {
  const r = staff
    ? await sql`insert into canteen_staff (canteen_id, user_id) values (${canteenId}, ${userId})
        on conflict do nothing`.execute(db)
    : await sql`delete from canteen_staff where canteen_id = ${canteenId} and user_id = ${userId}`.execute(db)
  return Number(r.numAffectedRows ?? 0) > 0
}

/** The open canteen at a station, if any. */
export const canteenAtStation = (db: Db, stationId: number) =>
  db
    .selectFrom('canteens')
    .select('id')
    .where('station_id', '=', stationId)
    .where('active', '=', true)
    .executeTakeFirst()

/** A person's latest rider verification (its status and a refusal's reason), if any. */
export const latestRiderVerification = (db: Db, userId: number) =>
  db
    .selectFrom('rider_verifications')
    .select(['status', 'reason'])
    .where('user_id', '=', userId)
    .orderBy('id', 'desc')
    .executeTakeFirst()

/** Rider verifications waiting for review (in these communities, or all when null), oldest first. */
export function pendingRiderVerifications(db: Db, communityIds: number[] | null, limit: number) {
  let q = db
    .selectFrom('rider_verifications as v')
    .innerJoin('users as u', 'u.id', 'v.user_id')
    .leftJoin('communities as c', 'c.id', 'v.community_id')
    .select([
      'v.id',
      'v.platform',
      'v.rider_no',
      'v.photo',
      'v.created_at',
      'u.display_name',
      'u.phone',
      'c.name as community',
    ])
    .where('v.status', '=', 'pending')
    .orderBy('v.created_at')
    .orderBy('v.id')
    .limit(limit)
  if (communityIds) q = q.where('v.community_id', 'in', communityIds)
  return q.execute()
}
