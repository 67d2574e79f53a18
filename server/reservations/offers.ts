import type { TxCtx } from '../core/tx'
import { SYSTEM_OFFER_EXPIRY } from './actor'
import { cancelReservation, type PromoteAs, type Promoted } from './cancel'

/**
 * Offers of one kind whose confirmation window has passed, oldest first: each is cancelled by
 * the system and its seats go to the next in line, as `promoteAs(slotId)` says (the owner's
 * rules: an activity may offer again, or ask for approval). `reason` is what the person reads.
 */
export async function expireOffers(
  ctx: TxCtx,
  c: { kind: string; reason: string; promoteAs: (slotId: number) => Promise<PromoteAs>; limit?: number },
): Promise<{ slotId: number; ownerId: number; expired: number; promoted: Promoted[] }[]> {
  const due = await ctx.db
    .selectFrom('reservations as r')
    .innerJoin('slots as s', 's.id', 'r.slot_id')
    .select(['r.id', 'r.slot_id', 's.owner_id'])
    .where('s.kind', '=', c.kind)
    .where('r.status', '=', 'offered')
    .where('r.offer_expires_at', '<=', ctx.now)
    .orderBy('r.offer_expires_at')
    .orderBy('r.id')
    .limit(c.limit ?? 200)
    .execute()
  const out: { slotId: number; ownerId: number; expired: number; promoted: Promoted[] }[] = []
  for (const d of due) {
    const slotId = Number(d.slot_id)
    const result = await cancelReservation(ctx, {
      reservationId: Number(d.id),
      by: SYSTEM_OFFER_EXPIRY,
      reason: c.reason,
      promoteAs: await c.promoteAs(slotId),
    })
    if (result.status !== 'cancelled') continue
    out.push({ slotId, ownerId: d.owner_id, expired: 1, promoted: result.promoted })
  }
  return out
}
