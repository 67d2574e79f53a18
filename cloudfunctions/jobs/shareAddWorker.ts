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
  async run(ctx, input) {
    const { db, user, now } = ctx
    const m = await shareMatchRow(db, input.matchId, true)
    if (!isLiaisonOf(user, m.lender_id)) return refuse('FORBIDDEN', '只有借出企业的联络员可以安排人员')
    // By account, or by the phone the worker signed up with (what a liaison knows of a colleague).
    let q = db.selectFrom('users').select(['id']).where('deleted_at', 'is', null)
    q = input.userId !== undefined ? q.where('id', '=', input.userId) : q.where('phone', '=', input.phone!)
    const found = await q.orderBy('id').limit(2).execute()
    // A phone is not unique across accounts: two matches name nobody for sure.
    if (found.length > 1) refuse('CONFLICT', '这个手机号对应多个账号，无法确定是哪位员工，请联系社工处理')
    const person = found[0]
    if (!person)
      return refuse(
        'NOT_FOUND',
        input.userId !== undefined ? '人员不存在' : '没有找到用这个手机号注册的用户，请让员工先登录链社',
      )
    const userId = person.id
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
      page: `/subpackages/jobs/share?matchId=${m.id}`,
      event: `jobs_share_ask:${m.id}:${userId}:${now.getTime()}`,
    })
    return { added: true as const }
  },
})
