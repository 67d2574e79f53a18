import type { NextItem } from '../../server/core/feature'
import type { TxCtx } from '../../server/core/tx'
import { nextReservations } from '../../server/reservations/next'

/** 首页「接下来」: the person's next canteen booking. */
export async function canteenNext(ctx: TxCtx, { userId }: { userId: number }): Promise<NextItem[]> {
  const [r] = await nextReservations(ctx, userId, 'canteen')
  if (!r) return []
  const c = await ctx.db.selectFrom('canteens').select('name').where('id', '=', r.owner_id).executeTakeFirst()
  return [
    {
      label: r.status === 'waitlisted' ? '订餐候补' : '订餐预约',
      title: c?.name ?? '延时餐厅',
      at: new Date(r.starts_at).toISOString(),
      url: '/subpackages/canteen/bookings',
    },
  ]
}
