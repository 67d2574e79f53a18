import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { canManageStation } from './domain/access'
import { presentReport, reportsQuery } from './reports'

export const resolveReport = handler<'stations', 'resolveReport', 'signed-in'>({
  access: 'signed-in',
  async run({ db, user, now }, { reportId, resolution }) {
    const report = await db
      .selectFrom('station_reports as r')
      .innerJoin('stations as s', 's.id', 'r.station_id')
      .select(['r.id', 'r.status', 'r.user_id', 's.id as station_id', 's.community_id', 's.name'])
      .where('r.id', '=', reportId)
      .forUpdate()
      .executeTakeFirst()
    if (!report) return refuse('NOT_FOUND', '反馈不存在')
    if (!(await canManageStation(db, user, { id: report.station_id, community_id: report.community_id }))) {
      refuse('FORBIDDEN', '只有该站点的工作人员可以处理反馈')
    }
    if (report.status === 'resolved') refuse('CONFLICT', '这条反馈已处理')
    await db
      .updateTable('station_reports')
      .set({ status: 'resolved', resolution, resolved_by: user.id, resolved_at: now })
      .where('id', '=', reportId)
      .execute()
    await notify(db, now, {
      userId: report.user_id,
      kind: 'station_report_resolved',
      data: { station: report.name, resolution },
      page: `/subpackages/stations/detail?id=${report.station_id}`,
      event: `station_report_resolved:${reportId}`,
    })
    return presentReport(await reportsQuery(db).where('r.id', '=', reportId).executeTakeFirstOrThrow())
  },
})
