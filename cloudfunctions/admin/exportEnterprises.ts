import { handler } from '../../server/core/define-function'
import { shanghaiDate } from '../../server/time/shanghai'
import { communityReach } from './domain/access'
import { ENTERPRISE_COLUMNS } from './domain/enterprises'
import { exportSheet } from './domain/sheets'

/** The enterprises in reach as .xlsx or CSV, in the columns importEnterprises reads back. */
export const exportEnterprises = handler('admin', 'exportEnterprises', {
  access: communityReach('communityId'),
  async run({ db, target: reach, now }) {
    let q = db
      .selectFrom('enterprises as e')
      .innerJoin('communities as c', 'c.id', 'e.community_id')
      .leftJoin('grids as g', 'g.id', 'e.grid_id')
      .selectAll('e')
      .select(['c.code as community_code', 'g.name as grid'])
    if (reach.communityIds !== null)
      q = q.where('e.community_id', 'in', reach.communityIds.length ? reach.communityIds : [-1])
    const rows = await q.orderBy('e.community_id').orderBy('e.id').execute()
    return { basename: `enterprises-${shanghaiDate(now, '')}`, rows }
  },
  // Building the spreadsheet is CPU work: after commit, with no transaction held.
  async finish({ basename, rows }, _ctx, { format }) {
    return exportSheet(
      format,
      basename,
      '企业',
      ENTERPRISE_COLUMNS.map(([, label]) => label),
      rows.map((e) => [
        e.name,
        e.credit_code,
        e.community_code,
        e.grid,
        e.address,
        e.industry,
        e.headcount,
        e.contact_name,
        e.contact_phone,
      ]),
    )
  },
})
