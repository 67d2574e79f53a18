import { sql } from 'kysely'
import { handler } from '../../server/core/define-function'
import { shanghaiDate } from '../../server/time/shanghai'
import { POLICY_STAFF } from './domain/access'
import { policyRows, writePolicies } from './domain/spreadsheet'
import type { Snapshot } from './domain/versions'

/** Staff: every policy in force as a spreadsheet in the import's columns (edit and import back). */
export const exportPolicies = handler('policies', 'exportPolicies', {
  access: POLICY_STAFF,
  async run({ db, now }) {
    const rows = await db
      .selectFrom('policies as p')
      .innerJoin('policy_versions as v', (j) =>
        j.onRef('v.policy_id', '=', 'p.id').onRef('v.version', '=', 'p.version'),
      )
      .leftJoin('departments as d', 'd.id', 'p.department_id')
      .select(['v.snapshot', sql<string>`coalesce(d.code, '')`.as('department_code')])
      .where('p.withdrawn_at', 'is', null)
      .orderBy('p.id')
      .execute()
    return { rows, stamp: shanghaiDate(now, '') }
  },
  // Building the file is CPU work: after commit, never holding the database.
  async finish({ rows, stamp }, _ctx, { format }) {
    const table = policyRows(
      rows.map((r) => ({ ...(r.snapshot as Snapshot), changeNote: '', departmentCode: r.department_code })),
    )
    return { filename: `政策汇编-${stamp}.${format}`, base64: await writePolicies(format, table), rows: rows.length }
  },
})
