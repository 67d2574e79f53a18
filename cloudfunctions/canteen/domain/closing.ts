import type { TxCtx } from '../../../server/core/tx'
import { dropReminders, notify } from '../../../server/notify/queue'
import { closeSlot } from '../../../server/reservations/close'
import { formatShanghai } from '../../../server/time/shanghai'

/**
 * Close one canteen slot (a counter's closure, a planned day off, a retired canteen): its
 * bookings are cancelled, their reminders dropped and their holders told why. Answers how many.
 */
export async function closeCanteenSlot(
  ctx: TxCtx,
  c: { canteen: { name: string }; slotId: number; startsAt: Date; reason: string; byUserId: number },
): Promise<number> {
  const affected = await closeSlot(ctx, { slotId: c.slotId, reason: c.reason, by: { userId: c.byUserId } })
  for (const r of affected) {
    await dropReminders(ctx, `reservation:${r.id}`)
    await notify(ctx, {
      userId: r.userId,
      kind: 'canteen_cancelled',
      data: { canteen: c.canteen.name, time: formatShanghai(c.startsAt), reason: `餐厅暂停供餐：${c.reason}` },
      page: '/subpackages/canteen/bookings',
      event: `canteen_cancelled:${r.id}`,
    })
  }
  return affected.length
}

/** Close the canteen's slots already made (someone booked) that start in [from, to) and have not ended. */
export async function closeMadeSlots(
  ctx: TxCtx,
  c: { canteen: { id: number; name: string }; from: Date; to?: Date; reason: string; byUserId: number },
): Promise<number> {
  let q = ctx.db
    .selectFrom('slots')
    .select(['id', 'starts_at'])
    .where('kind', '=', 'canteen')
    .where('owner_id', '=', c.canteen.id)
    .where('ends_at', '>', ctx.now)
    .where('starts_at', '>=', c.from)
  if (c.to) q = q.where('starts_at', '<', c.to)
  let cancelled = 0
  for (const s of await q.orderBy('starts_at').execute()) {
    cancelled += await closeCanteenSlot(ctx, {
      canteen: c.canteen,
      slotId: Number(s.id),
      startsAt: new Date(s.starts_at),
      reason: c.reason,
      byUserId: c.byUserId,
    })
  }
  return cancelled
}
