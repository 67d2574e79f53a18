import { sql } from 'kysely'
import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { activityForOrganizer, mayPublish } from './domain/access'

/** Copy an activity to a new start time; registration window and end shift with it. */
export const duplicate = handler<'activities', 'duplicate', readonly ['social_worker', 'admin', 'enterprise']>({
  access: ['social_worker', 'admin', 'enterprise'],
  async run({ db, user, now }, { id, startsAt }) {
    mayPublish(user)
    const a = await activityForOrganizer(db, user, id)
    const start = new Date(startsAt)
    if (start <= now) refuse('BAD_REQUEST', '新活动的时间应在未来')
    const shift = start.getTime() - new Date(a.starts_at).getTime()
    const at = (d: Date | string) => new Date(new Date(d).getTime() + shift)
    const slot = await db.selectFrom('slots').select('capacity').where('id', '=', a.slot_id).executeTakeFirstOrThrow()
    const { rows } = await sql<{ id: number }>`select nextval('activities_id_seq')::int as id`.execute(db)
    const newId = rows[0].id
    const opens = new Date(Math.max(now.getTime(), at(a.registration_opens_at).getTime()))
    const newSlot = await db
      .insertInto('slots')
      .values({ kind: 'activity', owner_id: newId, starts_at: start, ends_at: at(a.ends_at), capacity: slot.capacity })
      .returning('id')
      .executeTakeFirstOrThrow()
    const { id: _id, slot_id: _slot, created_at: _created, status: _status, cancel_reason: _reason, alerts_sent: _alerts, questions, ...rest } = a
    await db
      .insertInto('activities')
      .values({
        ...rest,
        id: newId,
        organizer_id: user.id,
        questions: JSON.stringify(questions),
        starts_at: start,
        ends_at: at(a.ends_at),
        registration_opens_at: opens,
        registration_closes_at: at(a.registration_closes_at),
        slot_id: Number(newSlot.id),
      })
      .execute()
    return { id: newId }
  },
})
