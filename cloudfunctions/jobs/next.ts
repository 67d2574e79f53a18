import type { NextItem } from '../../server/core/feature'
import type { TxCtx } from '../../server/core/tx'

/** 首页「接下来」: the worker's next gig shift they were hired for and have not finished. */
export async function jobsNext(ctx: TxCtx, { userId }: { userId: number }): Promise<NextItem[]> {
  const shift = await ctx.db
    .selectFrom('job_application_shifts as s')
    .innerJoin('job_applications as a', 'a.id', 's.application_id')
    .innerJoin('job_shifts as sh', 'sh.id', 's.shift_id')
    .innerJoin('job_postings as p', 'p.id', 'a.posting_id')
    .select(['p.id', 'p.title', 'sh.starts_at'])
    .where('a.user_id', '=', userId)
    .where('a.status', '=', 'hired')
    .where('sh.ends_at', '>', ctx.now)
    .where('s.checked_out_at', 'is', null)
    .where('s.no_show', '=', false)
    .orderBy('sh.starts_at')
    .limit(1)
    .executeTakeFirst()
  if (!shift) return []
  return [
    {
      label: '零工班次',
      title: shift.title,
      at: new Date(shift.starts_at).toISOString(),
      url: `/subpackages/jobs/detail?id=${shift.id}`,
    },
  ]
}
