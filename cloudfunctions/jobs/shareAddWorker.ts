import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { isLiaisonOf } from './domain/access'
import { shareMatchRow } from './domain/shares'

/**
 * The lender names a worker it lends (up to the headcount, declined ones aside); the worker is asked
 * for consent and stays employed by the lender.
 */
export const shareAddWorker = handler('jobs', 'shareAddWorker', {
  access: own("names a worker of the caller's own lending enterprise"),
  async run(ctx, { matchId, userId }) {
    const { db, user, now } = ctx
    const m = await shareMatchRow(db, matchId, true)
    if (!isLiaisonOf(user, m.lender_id)) return refuse('FORBIDDEN', '只有借出企业的联络员可以安排人员')
    const person = await db
      .selectFrom('users')
      .select(['id'])
      .where('id', '=', userId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst()
    if (!person) return refuse('NOT_FOUND', '人员不存在')
    const live = await db
      .selectFrom('job_share_workers')
      .select('user_id')
      .where('match_id', '=', m.id)
      .where('declined_at', 'is', null)
      .execute()
    if (live.some((w) => w.user_id === userId)) refuse('CONFLICT', '这位员工已在名单中')
    if (live.length >= m.headcount) refuse('FULL', `已安排 ${m.headcount} 人，达到约定人数`)
    await db
      .insertInto('job_share_workers')
      .values({ match_id: m.id, user_id: userId, consented_at: null, declined_at: null, created_at: now })
      .onConflict((oc) => oc.columns(['match_id', 'user_id']).doUpdateSet({ declined_at: null, created_at: now }))
      .execute()
    const period = `${m.start_date} 至 ${m.end_date}`
    await notify(ctx, {
      userId,
      kind: 'jobs_application_update',
      data: { title: `共享员工 ${period}`, enterprise: '共享员工对接', status: '请确认是否同意', reason: '' },
      page: '/subpackages/jobs/mine',
      event: `jobs_share_ask:${m.id}:${userId}:${now.getTime()}`,
    })
    return { added: true as const }
  },
})
