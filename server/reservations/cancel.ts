import { sql } from 'kysely'
import type { ReservationStatus } from '../../contract/reservations'
import type { TxCtx } from '../core/tx'
import { actorId, type Actor } from './actor'
import { lockReservation, lockSlot } from './slots'
import { isLive, isSeated, SEATED } from './status'

export interface Promoted {
  id: number
  userId: number
  code: string
  status: 'confirmed' | 'pending' | 'offered'
}

/**
 * What a person promoted from the waitlist becomes: registered (`confirmed`), waiting for the
 * owner's approval (`pending`), or offered the seat until `offerExpiresAt` (`offered`).
 */
export interface PromoteAs {
  status: 'confirmed' | 'pending' | 'offered'
  offerExpiresAt?: Date
}

export type CancelOutcome =
  | { status: 'cancelled'; wasStatus: ReservationStatus; promoted: Promoted[] }
  /** Nothing to cancel any more: already cancelled, used, or marked a no-show. */
  | { status: 'notLive'; current: ReservationStatus }

/**
 * Cancel a reservation and hand its seats to the waitlist, in the caller's transaction.
 * Lock order is always slot, then reservation (as in reserve), so cancels and sign-ups of one
 * slot cannot deadlock.
 */
export async function cancelReservation(
  ctx: TxCtx,
  c: { reservationId: number; by: Actor; reason: string | null; promoteAs?: PromoteAs },
): Promise<CancelOutcome> {
  const { db } = ctx
  const r = await lockReservation(ctx, c.reservationId)
  if (!isLive(r.status)) return { status: 'notLive', current: r.status }
  await db
    .updateTable('reservations')
    .set({
      status: 'cancelled',
      cancelled_at: ctx.now,
      cancelled_by: actorId(c.by),
      cancel_reason: c.reason,
      offer_expires_at: null,
    })
    .where('id', '=', r.id)
    .execute()
  if (!isSeated(r.status)) return { status: 'cancelled', wasStatus: r.status, promoted: [] }
  await db
    .updateTable('slots')
    .set({ taken: sql`taken - ${r.seats}` })
    .where('id', '=', r.slot_id)
    .execute()
  return {
    status: 'cancelled',
    wasStatus: r.status,
    promoted: await promoteWaitlist(ctx, Number(r.slot_id), c.promoteAs),
  }
}

/**
 * Fill free seats from the head of the waitlist, strictly in order: if the first in line needs
 * more seats than are free, nobody behind them jumps ahead. The caller holds the slot lock.
 */
export async function promoteWaitlist(
  { db }: TxCtx,
  slotId: number,
  as: PromoteAs = { status: 'confirmed' },
): Promise<Promoted[]> {
  const promoted: Promoted[] = []
  for (;;) {
    const slot = await db
      .selectFrom('slots')
      .select(['capacity', 'taken', 'closed_at'])
      .where('id', '=', slotId)
      .executeTakeFirstOrThrow()
    if (slot.closed_at) return promoted
    const head = await db
      .selectFrom('reservations')
      .select(['id', 'user_id', 'seats', 'code'])
      .where('slot_id', '=', slotId)
      .where('status', '=', 'waitlisted')
      .orderBy('waitlist_pos')
      .limit(1)
      .forUpdate()
      .executeTakeFirst()
    if (!head || head.seats > slot.capacity - slot.taken) return promoted
    await db
      .updateTable('reservations')
      .set({ status: as.status, offer_expires_at: as.status === 'offered' ? (as.offerExpiresAt ?? null) : null })
      .where('id', '=', head.id)
      .execute()
    await db
      .updateTable('slots')
      .set({ taken: sql`taken + ${head.seats}` })
      .where('id', '=', slotId)
      .execute()
    promoted.push({ id: Number(head.id), userId: head.user_id, code: head.code, status: as.status })
  }
}

export type CapacityOutcome =
  | { status: 'changed'; moved: { id: number; userId: number }[]; promoted: Promoted[] }
  /** Below the seats taken with `overflow: 'refuse'`: nothing changed. */
  | { status: 'wouldDisplace'; taken: number; affected: number }

/**
 * Change a slot's capacity. Below the seats taken: `refuse` reports how many would be affected;
 * `waitlist` moves the latest registrations to the front of the waitlist. Above: promotes.
 */
export async function setCapacity(
  ctx: TxCtx,
  c: { slotId: number; capacity: number; overflow: 'refuse' | 'waitlist'; promoteAs?: PromoteAs },
): Promise<CapacityOutcome> {
  const { db } = ctx
  const slot = await lockSlot(ctx, c.slotId)
  if (slot.taken <= c.capacity) {
    await db.updateTable('slots').set({ capacity: c.capacity }).where('id', '=', c.slotId).execute()
    return { status: 'changed', moved: [], promoted: await promoteWaitlist(ctx, c.slotId, c.promoteAs) }
  }
  const seated = await db
    .selectFrom('reservations')
    .select(['id', 'user_id', 'seats'])
    .where('slot_id', '=', c.slotId)
    .where('status', 'in', SEATED)
    .orderBy('id', 'desc')
    .forUpdate()
    .execute()
  let over = slot.taken - c.capacity
  const move: typeof seated = []
  for (const r of seated) {
    if (over <= 0) break
    move.push(r)
    over -= r.seats
  }
  if (c.overflow === 'refuse') return { status: 'wouldDisplace', taken: slot.taken, affected: move.length }
  await db.updateTable('slots').set({ capacity: c.capacity }).where('id', '=', c.slotId).execute()
  // Moved people go to the front of the waitlist, latest registration last among them.
  const { first } = await db
    .selectFrom('reservations')
    .select((eb) => eb.fn.min<number>('waitlist_pos').as('first'))
    .where('slot_id', '=', c.slotId)
    .where('status', '=', 'waitlisted')
    .executeTakeFirstOrThrow()
  let pos = Math.min(Number(first ?? 1), 1) - move.length
  for (const r of [...move].reverse()) {
    await db
      .updateTable('reservations')
      .set({ status: 'waitlisted', waitlist_pos: pos++, offer_expires_at: null })
      .where('id', '=', r.id)
      .execute()
  }
  const freed = move.reduce((s, r) => s + r.seats, 0)
  await db
    .updateTable('slots')
    .set({ taken: sql`taken - ${freed}` })
    .where('id', '=', c.slotId)
    .execute()
  return { status: 'changed', moved: move.map((r) => ({ id: Number(r.id), userId: r.user_id })), promoted: [] }
}
