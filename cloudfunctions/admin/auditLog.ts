import { handler } from '../../server/core/define-function'
import { communityReach } from './domain/access'
import { AUDIT_PAGE_SIZE, auditQuery, presentAudit } from './domain/audit-view'

/** The audit log, newest first: admins all of it, a 社工 their community's entries. */
export const auditLog = handler('admin', 'auditLog', {
  access: communityReach('communityId'),
  async run({ db, target: reach }, { page, ...filters }) {
    const q = auditQuery(db, reach, filters)
    const { total } = await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow()
    const rows = await q
      .selectAll('a')
      .orderBy('a.at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(AUDIT_PAGE_SIZE)
      .offset((page - 1) * AUDIT_PAGE_SIZE)
      .execute()
    return { items: await presentAudit(db, rows), total: Number(total), page, pageSize: AUDIT_PAGE_SIZE }
  },
})
