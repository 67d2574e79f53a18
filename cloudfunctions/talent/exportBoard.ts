import { sql } from 'kysely'
import { handler } from '../../server/core/define-function'
import { SHEET_MIME } from '../../server/sheets'
import { isAdmin, socialWorkerOf } from '../../server/people/roles'
import { shanghaiDate } from '../../server/time/shanghai'
import { brokerOf } from './domain/access'
import { presentSummary, publicChallenges } from './domain/challenges'
import { boardSheet } from './domain/export'

/** The challenges of the caller's communities (broker or social worker; admins: all) as .xlsx or CSV. */
export const exportBoard = handler('talent', 'exportBoard', {
  access: ['broker', 'social_worker', 'admin'],
  async run({ db, user, now }, { format }) {
    let q = publicChallenges(db)
      .select(
        sql<number>`(select count(*)::int from talent_introductions i where i.challenge_id = c.id)`.as('introductions'),
      )
      .orderBy('c.created_at', 'desc')
      .orderBy('c.id', 'desc')
      .limit(5000)
    if (!isAdmin(user)) {
      const ids = [...new Set([...brokerOf(user), ...socialWorkerOf(user)])]
      q = q.where('c.community_id', 'in', ids.length ? ids : [-1])
    }
    const rows = (await q.execute()).map((r) => ({ ...presentSummary(r, now), introductions: Number(r.introductions) }))
    return { rows, filename: `人才揭榜-${shanghaiDate(now, '')}.${format}` }
  },
  // Building the workbook is CPU work: after commit, never holding the database.
  finish: async ({ rows, filename }, _ctx, { format }) => ({
    filename,
    mime: SHEET_MIME[format],
    base64: (await boardSheet(rows, format)).toString('base64'),
    rows: rows.length,
  }),
})
