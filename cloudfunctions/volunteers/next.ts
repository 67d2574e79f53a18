import type { NextItem } from '../../server/core/feature'
import type { TxCtx } from '../../server/core/tx'
import { nextReservations } from '../../server/reservations/next'

/** 首页「接下来」: the next volunteer task the person took. */
export async function volunteersNext(ctx: TxCtx, { userId }: { userId: number }): Promise<NextItem[]> {
  const [r] = await nextReservations(ctx, userId, 'volunteer_task')
  if (!r) return []
  const task = await ctx.db
    .selectFrom('volunteer_tasks')
    .select(['title', 'status'])
    .where('id', '=', r.owner_id)
    .executeTakeFirst()
  if (!task || task.status !== 'open') return []
  return [
    {
      label: '志愿任务',
      title: task.title,
      at: new Date(r.starts_at).toISOString(),
      url: '/subpackages/volunteers/mine',
    },
  ]
}
