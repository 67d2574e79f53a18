import { sql, type Transaction } from 'kysely'
import type { DB } from '../db/schema'
import { refuse } from '../core/app-error'
import { lockSlot } from './slots'

type Trx = Transaction<DB>

export interface Promoted {
  id: number
  userId: number
  code: string
}

/**
 * Cancel a reservation and hand its seats to the waitlist, in the caller's transaction.
 * Lock order is always slot, then reservation (as in reserve), so cancels and sign-ups of one
 * slot cannot deadlock.
 */
export async function cancelReservation(
  db: Trx,
  c: { reservationId: number; by: number; reason: string | null; now: Date },
): Promise<{ wasStatus: 'confirmed' | 'waitlisted'; promoted: Promoted[] }> {
  const found = await db.selectFrom('reservations').select('slot_id').where('id', '=', c.reservationId).executeTakeFirst()
  if (!found) return refuse('NOT_FOUND', '预约不存在')
  await lockSlot(db, Number(found.slot_id))
  const r = await db.selectFrom('reservations').selectAll().where('id', '=', c.reservationId).forUpdate().executeTakeFirstOrThrow()
  if (r.status !== 'confirmed' && r.status !== 'waitlisted') {
    return refuse('CONFLICT', r.status === 'cancelled' ? '该预约已取消' : r.status === 'redeemed' ? '该预约已使用，不能取消' : '该预约已过期，不能取消')
  }
  await db
    .updateTable('reservations')
    .set({ status: 'cancelled', cancelled_at: c.now, cancelled_by: c.by, cancel_reason: c.reason })
    .where('id', '=', r.id)
    .execute()
  if (r.status === 'waitlisted') return { wasStatus: 'waitlisted', promoted: [] }
  await db.updateTable('slots').set({ taken: sql`taken - ${r.seats}` }).where('id', '=', r.slot_id).execute()
  return { wasStatus: 'confirmed', promoted: await promoteWaitlist(db, Number(r.slot_id)) }
}

/**
 * Fill free seats from the head of the waitlist, strictly in order: if the first in line needs
 * more seats than are free, nobody behind them jumps ahead. The caller holds the slot lock.
 */
export async function promoteWaitlist(db: Trx, slotId: number): Promise<Promoted[]> {
  const promoted: Promoted[] = []
  for (;;) {
    const slot = await db.selectFrom('slots').select(['capacity', 'taken', 'closed_at']).where('id', '=', slotId).executeTakeFirstOrThrow()
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
    await db.updateTable('reservations').set({ status: 'confirmed' }).where('id', '=', head.id).execute()
    await db.updateTable('slots').set({ taken: sql`taken + ${head.seats}` }).where('id', '=', slotId).execute()
    promoted.push({ id: Number(head.id), userId: head.user_id, code: head.code })
  }
}
