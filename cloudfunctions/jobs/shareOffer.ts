import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { shanghaiDate } from '../../server/time/shanghai'
import { enterpriseLiaison } from './domain/access'

/** 共享员工: the liaison offers slack workers (lend) or asks for workers at a peak (borrow), for a period. */
export const shareOffer = handler('jobs', 'shareOffer', {
  access: enterpriseLiaison('enterpriseId'),
  async run({ db, user, now, target: e }, input) {
    if (input.startDate < shanghaiDate(now)) refuse('BAD_REQUEST', '开始日期不能早于今天')
    if (input.endDate < input.startDate) refuse('BAD_REQUEST', '结束日期不能早于开始日期')
    const row = await db
      .insertInto('job_shares')
      .values({
        enterprise_id: e.id,
        community_id: e.community_id,
        side: input.side,
        headcount: input.headcount,
        start_date: input.startDate,
        end_date: input.endDate,
        skills: input.skills,
        note: input.note,
        status: 'open',
        created_by: user.id,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    return { id: row.id }
  },
})
