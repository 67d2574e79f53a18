import { sql, type Transaction } from 'kysely'
import type { DB, ReservationStatus } from '../db/schema'
import { refuse } from '../core/app-error'
import { lockSlot } from './slots'

type Trx = Transaction<DB>

export interface Promoted {
  id: number
  userId: number
  code: string
  status: 'confirmed' | 'pending' | 'offered'
}

/**
 * What a person promoted from the waitlist becomes: registered (`confirmed`), waiting for the
 * organizer (`pending`), or offered the seat until `offerExpiresAt` (`offered`).
 */
export interface PromoteAs {
  status: 'confirmed' | 'pending' | 'offered'
  offerExpiresAt?: Date
}

const SEATED: ReservationStatus[] = ['confirmed', 'pending', 'offered']

/**
 * Cancel a reservation and hand its seats to the waitlist, in the caller's transaction.
 * Lock order is always slot, then reservation (as in reserve), so cancels and sign-ups of one
 * slot cannot deadlock.
 */
export async function cancelReservation(
  db: Trx,
  c: { reservationId: number; by: number; reason: string | null; now: Date; promoteAs?: PromoteAs },
): Promise<{ wasStatus: ReservationStatus; promoted: Promoted[] }> {
  const found = await db
    .selectFrom('reservations')
    .select('slot_id')
    .where('id', '=', c.reservationId)
    .executeTakeFirst()
  if (!found) return refuse('NOT_FOUND', '预约不存在')
  await lockSlot(db, Number(found.slot_id))
  const r = await db
    .selectFrom('reservations')
    .selectAll()
    .where('id', '=', c.reservationId)
    .forUpdate()
    .executeTakeFirstOrThrow()
  if (!SEATED.includes(r.status) && r.status !== 'waitlisted') {
    return refuse(
      'CONFLICT',
      r.status === 'cancelled' ? '已经取消过了' : r.status === 'redeemed' ? '已使用，不能取消' : '已过期，不能取消',
    )
  }
  await db
    .updateTable('reservations')
    .set({
      status: 'cancelled',
      cancelled_at: c.now,
      cancelled_by: c.by,
      cancel_reason: c.reason,
      offer_expires_at: null,
    })
    .where('id', '=', r.id)
    .execute()
  if (r.status === 'waitlisted') return { wasStatus: r.status, promoted: [] }
  await db
    .updateTable('slots')
    .set({ taken: sql`taken - ${r.seats}` })
    .where('id', '=', r.slot_id)
    .execute()
  return { wasStatus: r.status, promoted: await promoteWaitlist(db, Number(r.slot_id), c.promoteAs) }
}

/**
 * Fill free seats from the head of the waitlist, strictly in order: if the first in line needs
 * more seats than are free, nobody behind them jumps ahead. The caller holds the slot lock.
 */
export async function promoteWaitlist(
  db: Trx,
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

/**
 * Change a slot's capacity. Below the seats taken: `refuse` says how many would be affected;
 * `waitlist` moves the latest registrations to the front of the waitlist. Above: promotes.
 */
export async function setCapacity(
  db: Trx,
  c: { slotId: number; capacity: number; overflow: 'refuse' | 'waitlist'; promoteAs?: PromoteAs },
): Promise<{ moved: { id: number; userId: number }[]; promoted: Promoted[] }> {
  const slot = await lockSlot(db, c.slotId)
  await db.updateTable('slots').set({ capacity: c.capacity }).where('id', '=', c.slotId).execute()
  if (slot.taken <= c.capacity) return { moved: [], promoted: await promoteWaitlist(db, c.slotId, c.promoteAs) }
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
  if (c.overflow === 'refuse') {
    return refuse(
      'CONFLICT',
      `已有 ${slot.taken} 个名额被占用，改为 ${c.capacity} 会影响最近报名的 ${move.length} 人；可选择将他们移入候补`,
    )
  }
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
  return { moved: move.map((r) => ({ id: Number(r.id), userId: r.user_id })), promoted: [] }
}
