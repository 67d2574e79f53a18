import { sql, type Insertable } from 'kysely'
import type { TxCtx } from '../../../server/core/tx'
import { createSlot } from '../../../server/reservations/slots'
import type { ActivitiesTable } from '../tables'

/**
 * Insert an activity with its slot in the reservation core. The activity's id comes first: the
 * slot is keyed by it, and the activity row points at the slot.
 */
export async function createActivity(
  ctx: TxCtx,
  values: Omit<Insertable<ActivitiesTable>, 'id' | 'slot_id'>,
  seats: number,
): Promise<number> {
  const { rows } = await sql<{ id: number }>`select nextval('activities_id_seq')::int as id`.execute(ctx.db)
  const id = rows[0].id
  const slotId = await createSlot(ctx, {
    kind: 'activity',
    ownerId: id,
    startsAt: new Date(values.starts_at),
    endsAt: new Date(values.ends_at),
    capacity: seats,
  })
  await ctx.db
    .insertInto('activities')
    .values({ ...values, id, slot_id: slotId })
    .execute()
  return id
}
