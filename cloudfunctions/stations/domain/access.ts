import type { Transaction } from 'kysely'
import type { DB } from '../../../server/db/schema'
import type { Caller } from '../../../server/people/roles'
import { refuse } from '../../../server/core/app-error'
import { defineGuard } from '../../../server/core/define-function'
import { isCommunityStaff } from '../../../server/people/staff'

/** Staff of a station: an admin, a social worker of its community, or one of its managers. */
export async function canManageStation(
  trx: Transaction<DB>,
  user: Caller | null,
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
export async function stationForStaff(trx: Transaction<DB>, user: Caller, stationId: number) {
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

/** Guard: the caller is staff of the station the input names (locked for the change). */
export const stationStaff = defineGuard('staff of the station', ({ db, user }, id) => stationForStaff(db, user, id))

/** Guard: the caller is staff of the station a problem report is about (the report, locked). */
export const reportStaff = defineGuard('staff of the reported station', async ({ db, user }, id) => {
  const report = await db
    .selectFrom('station_reports as r')
    .innerJoin('stations as s', 's.id', 'r.station_id')
    .select(['r.id', 'r.status', 'r.user_id', 's.id as station_id', 's.community_id', 's.name'])
    .where('r.id', '=', id)
    .forUpdate('r')
    .executeTakeFirst()
  if (!report) return refuse('NOT_FOUND', '反馈不存在')
  if (!(await canManageStation(db, user, { id: report.station_id, community_id: report.community_id }))) {
    refuse('FORBIDDEN', '只有该站点的工作人员可以处理反馈')
  }
  return report
})
