import { sql } from 'kysely'
import type { TxCtx } from '../core/tx'
import { newCode } from './code'
import { ACTIVE, sqlStatuses } from './status'

export interface ReserveRequest {
  slotId: number
  userId: number
  /** One active reservation per user per key (e.g. `canteen:3:2026-11-23:0`). */
  holdKey: string
  seats: number
  /** When full: join the waitlist (true) or be told it is full (false). */
  waitlist: boolean
  details?: unknown
  priceCents?: number
  /** Status of a request that gets seats: `pending` when an owner must approve it. */
  seatedAs?: 'confirmed' | 'pending'
}

export type ReserveOutcome =
  | { status: 'confirmed' | 'pending' | 'waitlisted'; id: number; code: string; waitlistPos: number | null }
  /** No seats, and no waitlist asked for. */
  | { status: 'full' }
  /** The slot is closed (a holiday, a cancelled activity). */
  | { status: 'closed' }
  /** The user already holds an active reservation for this hold key; nothing was taken. */
  | { status: 'alreadyHeld' }

/**
 * Take seats in a slot, in the caller's transaction. Already holding one for the hold key is
 * answered before capacity is looked at.
 * The conditional update (`taken + seats <= capacity`) locks the slot row, so concurrent
 * requests queue on it and each sees the seats the previous one took: never overbooked.
 * A second active reservation for the same hold key hits a unique index (concurrent requests of
 * one user too); the seat or waitlist number is given back under the same lock.
 */
export async function reserve({ db }: TxCtx, r: ReserveRequest): Promise<ReserveOutcome> {
  // One already held comes first: a client re-sending after a lost answer is told it holds the
  // seat, not that the slot (full with its own seat) is full. The unique index below still
  // settles two concurrent first requests.
  const held = await db
    .selectFrom('reservations')
    .select('id')
    .where('user_id', '=', r.userId)
    .where('hold_key', '=', r.holdKey)
    .where('status', 'in', ACTIVE)
    .executeTakeFirst()
  if (held) return { status: 'alreadyHeld' }
  const took = await db
    .updateTable('slots')
    .set({ taken: sql`taken + ${r.seats}` })
    .where('id', '=', r.slotId)
    .where('closed_at', 'is', null)
    .where(sql<boolean>`taken + ${r.seats} <= capacity`)
    .returning('id')
    .executeTakeFirst()
  let status: 'confirmed' | 'pending' | 'waitlisted' = r.seatedAs ?? 'confirmed'
  let waitlistPos: number | null = null
  if (!took) {
    const slot = await db.selectFrom('slots').select(['closed_at']).where('id', '=', r.slotId).executeTakeFirstOrThrow()
    if (slot.closed_at) return { status: 'closed' }
    if (!r.waitlist) return { status: 'full' }
    // Positions come from the slot row under its lock: unique, gap-free, in arrival order.
    const seq = await db
      .updateTable('slots')
      .set({ waitlist_seq: sql`waitlist_seq + 1` })
      .where('id', '=', r.slotId)
      .returning('waitlist_seq')
      .executeTakeFirstOrThrow()
    status = 'waitlisted'
    waitlistPos = seq.waitlist_seq
  }
  const row = await sql<{ id: number; code: string }>`
    insert into reservations (slot_id, user_id, hold_key, seats, status, waitlist_pos, code, details, price_cents)
    values (${r.slotId}, ${r.userId}, ${r.holdKey}, ${r.seats}, ${status}, ${waitlistPos}, ${newCode()},
            ${JSON.stringify(r.details ?? {})}::jsonb, ${r.priceCents ?? 0})
    on conflict (user_id, hold_key) where status in (${sqlStatuses(ACTIVE)}) do nothing
    returning id, code`.execute(db)
  const inserted = row.rows[0]
  if (!inserted) {
    // We still hold the slot lock, so nobody took a seat or a number after ours: give it back.
    await db
      .updateTable('slots')
      .set(status === 'waitlisted' ? { waitlist_seq: sql`waitlist_seq - 1` } : { taken: sql`taken - ${r.seats}` })
      .where('id', '=', r.slotId)
      .execute()
    return { status: 'alreadyHeld' }
  }
  return { status, id: Number(inserted.id), code: inserted.code, waitlistPos }
}
