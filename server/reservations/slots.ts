import type { TxCtx } from '../core/tx'
import { LIVE } from './status'

export interface SlotSpec {
  /** What has the seats: 'canteen', 'activity', 'mentor', 'lab'. */
  kind: string
  ownerId: number
  startsAt: Date
  endsAt: Date
  capacity: number
}

const slotRow = (spec: SlotSpec) => ({
  kind: spec.kind,
  owner_id: spec.ownerId,
  starts_at: spec.startsAt,
  ends_at: spec.endsAt,
  capacity: spec.capacity,
})

/** A new slot (an activity's seats, a mentor's office hour); its id. */
export async function createSlot({ db }: TxCtx, spec: SlotSpec): Promise<number> {
  const row = await db.insertInto('slots').values(slotRow(spec)).returning('id').executeTakeFirstOrThrow()
  return Number(row.id)
}

/**
 * The slot row for a time of something, created on first use. Slots are materialized lazily:
 * a canteen's week of 30-minute slots exists only where someone booked or staff acted.
 */
export async function ensureSlot({ db }: TxCtx, spec: SlotSpec): Promise<number> {
  await db
    .insertInto('slots')
    .values(slotRow(spec))
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
export async function lockSlot({ db }: TxCtx, slotId: number) {
  return db.selectFrom('slots').selectAll().where('id', '=', slotId).forUpdate().executeTakeFirstOrThrow()
}

/**
 * Lock a reservation for a change of its status: its slot first, then the row (the one lock
 * order of the core, so changes of one slot's people cannot deadlock). Returns the row.
 */
export async function lockReservation(ctx: TxCtx, reservationId: number) {
  const found = await ctx.db
    .selectFrom('reservations')
    .select('slot_id')
    .where('id', '=', reservationId)
    .executeTakeFirstOrThrow()
  await lockSlot(ctx, Number(found.slot_id))
  return ctx.db
    .selectFrom('reservations')
    .selectAll()
    .where('id', '=', reservationId)
    .forUpdate()
    .executeTakeFirstOrThrow()
}

/**
 * Move a slot to a new time (a rescheduled activity). Returns the live reservations, whose
 * holders the feature tells and whose reminders it remakes.
 */
export async function moveSlot(ctx: TxCtx, slotId: number, to: { startsAt: Date; endsAt: Date }) {
  await lockSlot(ctx, slotId)
  await ctx.db
    .updateTable('slots')
    .set({ starts_at: to.startsAt, ends_at: to.endsAt })
    .where('id', '=', slotId)
    .execute()
  const rows = await ctx.db
    .selectFrom('reservations')
    .select(['id', 'user_id', 'status'])
    .where('slot_id', '=', slotId)
    .where('status', 'in', LIVE)
    .orderBy('id')
    .execute()
  return rows.map((r) => ({ id: Number(r.id), userId: r.user_id, status: r.status }))
}
