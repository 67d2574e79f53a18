import type { TxCtx } from '../core/tx'
import { actorId, type Actor } from './actor'
import { lockSlot } from './slots'
import { LIVE } from './status'

/** Close a slot (holiday, maintenance, a cancelled activity): its live reservations are cancelled with the reason. */
export async function closeSlot(ctx: TxCtx, c: { slotId: number; reason: string; by: Actor }) {
  const slot = await lockSlot(ctx, c.slotId)
  if (!slot.closed_at) {
    await ctx.db
      .updateTable('slots')
      .set({ closed_at: ctx.now, closed_reason: c.reason, taken: 0 })
      .where('id', '=', c.slotId)
      .execute()
  }
  const rows = await ctx.db
    .updateTable('reservations')
    .set({ status: 'cancelled', cancelled_at: ctx.now, cancelled_by: actorId(c.by), cancel_reason: c.reason })
    .where('slot_id', '=', c.slotId)
    .where('status', 'in', LIVE)
    .returning(['id', 'user_id'])
    .execute()
  return rows.map((r) => ({ id: Number(r.id), userId: r.user_id }))
}

/** Seated reservations of a kind not used by the end of their slot become no-shows. */
export async function markNoShows(ctx: TxCtx, kind: string): Promise<number> {
  const r = await ctx.db
    .updateTable('reservations')
    .set({ status: 'no_show' })
    .where('status', '=', 'confirmed')
    .where('slot_id', 'in', (eb) =>
      eb.selectFrom('slots').select('id').where('kind', '=', kind).where('ends_at', '<=', ctx.now),
    )
    .executeTakeFirst()
  return Number(r.numUpdatedRows)
}
