import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { isLiaisonOf } from './domain/access'
import { workDone } from './domain/applications'

/** After the work, the worker rates the employer and the enterprise rates the worker: 1–5, once each. */
export const rate = handler('jobs', 'rate', {
  access: own('rates the other side of an application the caller made or received'),
  async run({ db, user, now }, { applicationId, stars, comment }) {
    const a = await db
      .selectFrom('job_applications as a')
      .innerJoin('job_postings as p', 'p.id', 'a.posting_id')
      .select(['a.id', 'a.user_id', 'a.status', 'p.enterprise_id', 'p.kind'])
      .where('a.id', '=', applicationId)
      .executeTakeFirst()
    const side: 'worker' | 'enterprise' | null =
      a && a.user_id === user.id ? 'worker' : a && isLiaisonOf(user, a.enterprise_id) ? 'enterprise' : null
    if (!a || !side) return refuse('NOT_FOUND', '投递记录不存在')
    if (a.status !== 'hired') refuse('CONFLICT', '录用并完成工作后才能评价')
    const shifts = await db
      .selectFrom('job_application_shifts as x')
      .innerJoin('job_shifts as s', 's.id', 'x.shift_id')
      .select('s.ends_at')
      .where('x.application_id', '=', a.id)
      .execute()
    if (!workDone(a.kind, shifts, now)) refuse('CONFLICT', '班次结束后才能评价')
    const row = await db
      .insertInto('job_ratings')
      .values({ application_id: a.id, side, stars, comment, created_at: now })
      .onConflict((oc) => oc.columns(['application_id', 'side']).doNothing())
      .returning('side')
      .executeTakeFirst()
    if (!row) refuse('CONFLICT', '你已评价过，每次用工只能评价一次')
    return { side }
  },
})
