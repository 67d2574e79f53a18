import { sql } from 'kysely'
import { handler } from '../../server/core/define-function'
import { isAdmin, socialWorkerOf } from '../../server/people/roles'

/** 共享员工 per community: matches both enterprises confirmed, and worker-days of consenting workers. */
export const shareStats = handler('jobs', 'shareStats', {
  access: ['social_worker', 'admin'],
  async run({ db, user }) {
    const ids = socialWorkerOf(user)
    let q = db
      .selectFrom('job_share_matches as m')
      .innerJoin('communities as c', 'c.id', 'm.community_id')
      .select([
        'c.name as community',
        sql<number>`count(*)::int`.as('matches'),
        sql<number>`coalesce(sum((m.end_date - m.start_date + 1) * (select count(*) from job_share_workers w
          where w.match_id = m.id and w.consented_at is not null)), 0)::int`.as('worker_days'),
      ])
      .where('m.lender_confirmed_at', 'is not', null)
      .where('m.borrower_confirmed_at', 'is not', null)
      .groupBy('c.name')
      .orderBy('c.name')
    if (!isAdmin(user)) q = q.where('m.community_id', 'in', ids.length ? ids : [-1])
    const rows = await q.execute()
    return {
      communities: rows.map((r) => ({
        community: r.community,
        matches: Number(r.matches),
        workerDays: Number(r.worker_days),
      })),
    }
  },
})
