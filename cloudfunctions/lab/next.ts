import type { NextItem } from '../../server/core/feature'
import type { TxCtx } from '../../server/core/tx'
import { shanghaiDate, shanghaiInstant } from '../../server/time/shanghai'

/** 首页「接下来」: the liaison's next sample drop-off (an order booked, samples not yet received). */
export async function labNext(ctx: TxCtx, { userId }: { userId: number }): Promise<NextItem[]> {
  const order = await ctx.db
    .selectFrom('lab_orders as o')
    .innerJoin('labs as l', 'l.id', 'o.lab_id')
    .select(['o.code', 'o.dropoff_date', 'l.name'])
    .where('o.user_id', '=', userId)
    .where('o.status', '=', 'booked')
    .where('o.dropoff_date', '>=', shanghaiDate(ctx.now))
    .orderBy('o.dropoff_date')
    .limit(1)
    .executeTakeFirst()
  if (!order) return []
  return [
    {
      label: '检测送样',
      title: `${order.name} · 订单 ${order.code}`,
      // The lab takes samples from 09:00 (domain/dropoff.ts).
      at: shanghaiInstant(order.dropoff_date, 9 * 60).toISOString(),
      url: '/subpackages/lab/orders',
    },
  ]
}
