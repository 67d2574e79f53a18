import type { NextItem } from '../../server/core/feature'
import type { TxCtx } from '../../server/core/tx'
import { nextReservations } from '../../server/reservations/next'

/** 首页「接下来」: the person's next hour with a 青创导师 (requested or confirmed). */
export async function policiesNext(ctx: TxCtx, { userId }: { userId: number }): Promise<NextItem[]> {
  const [r] = await nextReservations(ctx, userId, 'mentor')
  if (!r) return []
  const m = await ctx.db.selectFrom('users').select('display_name').where('id', '=', r.owner_id).executeTakeFirst()
  return [
    {
      label: r.status === 'pending' ? '导师预约（待确认）' : '导师预约',
      title: m ? `青创导师 ${m.display_name}` : '青创导师',
      at: new Date(r.starts_at).toISOString(),
      url: '/subpackages/policies/bookings',
    },
  ]
}
