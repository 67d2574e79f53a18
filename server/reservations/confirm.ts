import type { ReservationStatus } from '../../contract/reservations'
import type { TxCtx } from '../core/tx'
import { lockReservation } from './slots'

export type ConfirmOutcome =
  | { status: 'confirmed'; id: number; userId: number; code: string }
  /** Not in the state the confirmation is for (already decided, cancelled…). */
  | { status: 'notAwaiting'; current: ReservationStatus }
  /** An offer whose confirmation window has passed (the expiry timer passes it on). */
  | { status: 'offerExpired' }

/**
 * A held seat becomes a registration: the owner approves a `pending` request, or the person
 * takes up an `offered` seat within its window. The seat is already counted; only the status
 * changes, under the slot lock like every other change of the slot's people.
 */
export async function confirm(
  ctx: TxCtx,
  c: { reservationId: number; from: 'pending' | 'offered' },
): Promise<ConfirmOutcome> {
  const { db } = ctx
  const r = await lockReservation(ctx, c.reservationId)
  if (r.status !== c.from) return { status: 'notAwaiting', current: r.status }
  if (c.from === 'offered' && r.offer_expires_at && ctx.now >= new Date(r.offer_expires_at)) {
    return { status: 'offerExpired' }
  }
  await db
    .updateTable('reservations')
    .set({ status: 'confirmed', offer_expires_at: null })
    .where('id', '=', r.id)
    .execute()
  return { status: 'confirmed', id: Number(r.id), userId: r.user_id, code: r.code }
}
