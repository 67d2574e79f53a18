import type { Transaction } from 'kysely'
import type { DB } from '../db/schema'

type Trx = Transaction<DB>

export interface SlotSpec {
  /** What has the seats: 'canteen', 'activity', 'mentor', 'lab'. */
  kind: string
  ownerId: number
  startsAt: Date
  endsAt: Date
  capacity: number
}

/**
 * The slot row for a time of something, created on first use. Slots are materialized lazily:
 * a canteen's week of 30-minute slots exists only where someone booked or staff acted.
 */
export async function ensureSlot(db: Trx, spec: SlotSpec): Promise<number> {
  await db
    .insertInto('slots')
    .values({
      kind: spec.kind,
      owner_id: spec.ownerId,
      starts_at: spec.startsAt,
      ends_at: spec.endsAt,
      capacity: spec.capacity,
    })
    .onConflict((oc) => oc.columns(['kind', 'owner_id', 'starts_at']).doNothing())
    .execute()
  const row = await db
    .selectFrom('slots')
    .select('id')
    .where('kind', '=', spec.kind)
    .where('owner_id', '=', spec.ownerId)
    .where('starts_at', '=', spec.startsAt)
    .executeTakeFirstOrThrow()
  return Number(row.id)
}

/** Lock a slot: every change of its seats and waitlist happens under this lock. */
export async function lockSlot(db: Trx, slotId: number) {
  return db.selectFrom('slots').selectAll().where('id', '=', slotId).forUpdate().executeTakeFirstOrThrow()
}
