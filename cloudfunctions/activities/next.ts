import type { NextItem } from '../../server/core/feature'
import type { TxCtx } from '../../server/core/tx'
import { nextReservations } from '../../server/reservations/next'

/** 首页「接下来」: the person's next activity they signed up for (or wait for). */
export async function activitiesNext(ctx: TxCtx, { userId }: { userId: number }): Promise<NextItem[]> {
  const [r] = await nextReservations(ctx, userId, 'activity')
  if (!r) return []
  const a = await ctx.db.selectFrom('activities').select('title').where('id', '=', r.owner_id).executeTakeFirst()
  return [
    {
      label: r.status === 'waitlisted' ? '活动候补' : '活动报名',
      title: a?.title ?? '活动',
      at: new Date(r.starts_at).toISOString(),
      url: `/subpackages/activities/detail?id=${r.owner_id}`,
    },
  ]
}
