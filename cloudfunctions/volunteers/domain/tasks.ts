import { sql } from 'kysely'
import type { RepairKind, TaskKind } from '../../../contract/volunteers'
import type { TxCtx } from '../../../server/core/tx'
import { createSlot } from '../../../server/reservations/slots'
import type { TeamRow } from './access'

/** A task with the reservation core's slot holding its helper places (the slot is owned by the task's id). */
export async function createTask(
  ctx: TxCtx,
  team: TeamRow,
  t: {
    kind: TaskKind
    title: string
    description: string
    place: string
    startsAt: Date
    minutes: number
    helpers: number
    requestedBy?: number
    repairKind?: RepairKind
    createdBy: number
  },
): Promise<number> {
  const { rows } = await sql<{ id: number }>`select nextval('volunteer_tasks_id_seq')::int as id`.execute(ctx.db)
  const id = rows[0].id
  const slotId = await createSlot(ctx, {
    kind: 'volunteer_task',
    ownerId: id,
    startsAt: t.startsAt,
    endsAt: new Date(t.startsAt.getTime() + t.minutes * 60_000),
    capacity: t.helpers,
  })
  await ctx.db
    .insertInto('volunteer_tasks')
    .values({
      id,
      team_id: team.id,
      kind: t.kind,
      title: t.title,
      description: t.description,
      place: t.place,
      starts_at: t.startsAt,
      minutes: t.minutes,
      helpers: t.helpers,
      slot_id: slotId,
      requested_by: t.requestedBy ?? null,
      repair_kind: t.repairKind ?? null,
      created_by: t.createdBy,
      created_at: ctx.now,
    })
    .execute()
  return id
}
