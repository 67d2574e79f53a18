import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { shanghaiDate } from '../../server/time/shanghai'
import { communityReach } from './domain/access'
import { AUDIT_EXPORT_MAX, auditQuery, presentAudit } from './domain/audit-view'
import { exportSheet } from './domain/sheets'

const HEADER = ['时间', '操作人', '操作', '操作代码', '对象', '社区', '变更前', '变更后', '备注']

/** Admin: the audit entries matching the filters as .xlsx or CSV (built in finish, no transaction held). */
export const exportAudit = handler('admin', 'exportAudit', {
  access: { ...communityReach('communityId'), roles: ['admin'] },
  async run({ db, target: reach, now }, { format: _format, ...filters }) {
    const q = auditQuery(db, reach, filters)
    const rows = await q
      .selectAll('a')
      .orderBy('a.at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(AUDIT_EXPORT_MAX + 1)
      .execute()
    if (rows.length > AUDIT_EXPORT_MAX) refuse('BAD_REQUEST', `一次最多导出 ${AUDIT_EXPORT_MAX} 条，请缩小日期范围`)
    const entries = await presentAudit(db, rows)
    return { basename: `audit-${shanghaiDate(now, '')}`, entries }
  },
  // Building the spreadsheet is CPU work: after commit, with no transaction held.
  async finish({ basename, entries }, _ctx, { format }) {
    return exportSheet(
      format,
      basename,
      '审计日志',
      HEADER,
      entries.map((e) => [e.at, e.actor, e.actionLabel, e.action, e.subject, e.community, e.before, e.after, e.note]),
    )
  },
})
