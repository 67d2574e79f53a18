import { handler } from '../../server/core/define-function'
import { isAdmin, socialWorkerOf } from '../../server/people/roles'
import { presentSummary, summaries } from './domain/present'

/** Postings waiting for a 社工 of their community (admins: all), oldest first, with any reports. */
export const reviewQueue = handler('jobs', 'reviewQueue', {
  access: ['social_worker', 'admin'],
  async run({ db, user }) {
    let q = summaries(db).select(['p.description', 'p.community_id']).where('p.status', '=', 'review')
    if (!isAdmin(user)) {
      const ids = socialWorkerOf(user)
      q = q.where('p.community_id', 'in', ids.length ? ids : [-1])
    }
    const rows = await q.orderBy('p.updated_at').orderBy('p.id').limit(200).execute()
    const reports = rows.length
      ? await db
          .selectFrom('job_reports')
          .select(['posting_id', 'reason'])
          .where(
            'posting_id',
            'in',
            rows.map((r) => r.id),
          )
          .orderBy('id')
          .execute()
      : []
    return {
      items: rows.map((r) => ({
        ...presentSummary(r),
        description: r.description,
        reports: reports.filter((x) => x.posting_id === r.id).map((x) => x.reason),
      })),
    }
  },
})
