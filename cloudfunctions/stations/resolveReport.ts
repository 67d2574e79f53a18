import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { reportStaff } from './domain/access'
import { presentReport, reportsQuery } from './reports'

export const resolveReport = handler('stations', 'resolveReport', {
  access: reportStaff('reportId'),
  async run(ctx, { reportId, resolution }) {
    const { db, user, now, target: report } = ctx
    if (report.status === 'resolved') refuse('CONFLICT', '这条反馈已处理')
    await db
      .updateTable('station_reports')
      .set({ status: 'resolved', resolution, resolved_by: user.id, resolved_at: now })
      .where('id', '=', reportId)
      .execute()
    await notify(ctx, {
      userId: report.user_id,
      kind: 'station_report_resolved',
      data: { station: report.name, resolution },
      page: `/subpackages/stations/detail?id=${report.station_id}`,
      event: `station_report_resolved:${reportId}`,
    })
    return presentReport(await reportsQuery(db).where('r.id', '=', reportId).executeTakeFirstOrThrow())
  },
})
