import type { Transaction } from 'kysely'
import type { DB, UserRow } from '../../../server/db/schema'
import { refuse } from '../../../server/core/app-error'
import { isCommunityStaff } from '../../../server/people/staff'

/** Staff of a station: an admin, a social worker of its community, or one of its managers. */
export async function canManageStation(
  trx: Transaction<DB>,
  user: UserRow | null,
  station: { id: number; community_id: number },
): Promise<boolean> {
  if (!user || user.disabled) return false
  if (isCommunityStaff(user, station.community_id)) return true
  const managed = await trx
    .selectFrom('station_managers')
    .select('user_id')
    .where('station_id', '=', station.id)
    .where('user_id', '=', user.id)
    .executeTakeFirst()
  return Boolean(managed)
}

/** The station, locked for update, if the asker is its staff; otherwise a refusal. */
export async function stationForStaff(trx: Transaction<DB>, user: UserRow, stationId: number) {
  const station = await trx
    .selectFrom('stations')
    .selectAll()
    .where('id', '=', stationId)
    .forUpdate()
    .executeTakeFirst()
  if (!station || station.retired_at) return refuse('NOT_FOUND', '站点不存在或已撤销')
  if (!(await canManageStation(trx, user, station))) refuse('FORBIDDEN', '只有该站点的工作人员可以操作')
  return station
}
