import type { Transaction } from 'kysely'
import type { DB } from '../db/schema'
import { lockSlot } from './slots'

type Trx = Transaction<DB>

/** Close a slot (holiday, maintenance): its active reservations are cancelled with the reason. */
export async function closeSlot(db: Trx, c: { slotId: number; reason: string; by: number; now: Date }) {
  const slot = await lockSlot(db, c.slotId)
  if (!slot.closed_at) {
    await db
      .updateTable('slots')
      .set({ closed_at: c.now, closed_reason: c.reason, taken: 0 })
      .where('id', '=', c.slotId)
      .execute()
  }
  return db
    .updateTable('reservations')
    .set({ status: 'cancelled', cancelled_at: c.now, cancelled_by: c.by, cancel_reason: c.reason })
    .where('slot_id', '=', c.slotId)
    .where('status', 'in', ['confirmed', 'waitlisted', 'pending', 'offered'])
    .returning(['id', 'user_id'])
    .execute()
}

/** Bookings not used by the end of their slot count as no-shows. */
export async function markNoShows(db: Trx, kind: string, now: Date): Promise<number> {
  const r = await db
    .updateTable('reservations')
    .set({ status: 'no_show' })
    .where('status', '=', 'confirmed')
    .where('slot_id', 'in', (eb) =>
      eb.selectFrom('slots').select('id').where('kind', '=', kind).where('ends_at', '<=', now),
    )
    .executeTakeFirst()
  return Number(r.numUpdatedRows)
}
