import type { NextItem } from '../../server/core/feature'
import type { TxCtx } from '../../server/core/tx'
import { nextReservations } from '../../server/reservations/next'
import { BOOTH_KIND, ENTRY_KIND } from './domain/schedule'

/** 首页「接下来」: the next fair the person registered for, and the next booth their enterprise booked. */
export async function fairsNext(ctx: TxCtx, { userId }: { userId: number }): Promise<NextItem[]> {
  const items: NextItem[] = []
  for (const [kind, label] of [
    [ENTRY_KIND, '招聘会报名'],
    [BOOTH_KIND, '招聘会展位'],
  ] as const) {
    const [r] = await nextReservations(ctx, userId, kind)
    if (!r) continue
    const fair = await ctx.db.selectFrom('fairs').select('title').where('id', '=', r.owner_id).executeTakeFirst()
    items.push({
      label,
      title: fair?.title ?? '专场招聘会',
      at: new Date(r.starts_at).toISOString(),
      url: `/subpackages/fairs/detail?id=${r.owner_id}`,
    })
  }
  return items
}
