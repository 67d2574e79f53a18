import { sql, type Insertable, type Transaction } from 'kysely'
import type { ActivitiesTable, DB } from '../../../server/db/schema'

/**
 * Insert an activity with its slot in the reservation core. The activity's id comes first: the
 * slot is keyed by it, and the activity row points at the slot.
 */
export async function createActivity(
  db: Transaction<DB>,
  values: Omit<Insertable<ActivitiesTable>, 'id' | 'slot_id'>,
  seats: number,
): Promise<number> {
  const { rows } = await sql<{ id: number }>`select nextval('activities_id_seq')::int as id`.execute(db)
  const id = rows[0].id
  const slot = await db
    .insertInto('slots')
    .values({ kind: 'activity', owner_id: id, starts_at: values.starts_at, ends_at: values.ends_at, capacity: seats })
    .returning('id')
    .executeTakeFirstOrThrow()
  await db
    .insertInto('activities')
    .values({ ...values, id, slot_id: Number(slot.id) })
    .execute()
  return id
}
