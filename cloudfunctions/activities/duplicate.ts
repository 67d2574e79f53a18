import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { activityOrganizer, mayPublish, ORGANIZERS } from './domain/access'
import { createActivity } from './domain/create'

/** Copy an activity to a new start time; registration window and end shift with it. */
export const duplicate = handler('activities', 'duplicate', {
  access: activityOrganizer('id', { roles: ORGANIZERS }),
  async run(ctx, { startsAt }) {
    const { db, user, now, target: a } = ctx
    mayPublish(user)
    const start = new Date(startsAt)
    if (start <= now) refuse('BAD_REQUEST', '新活动的时间应在未来')
    const shift = start.getTime() - new Date(a.starts_at).getTime()
    const at = (d: Date | string) => new Date(new Date(d).getTime() + shift)
    const slot = await db.selectFrom('slots').select('capacity').where('id', '=', a.slot_id).executeTakeFirstOrThrow()
    const opens = new Date(Math.max(now.getTime(), at(a.registration_opens_at).getTime()))
    const {
      id: _id,
      slot_id: _slot,
      created_at: _created,
      status: _status,
      cancel_reason: _reason,
      alerts_sent: _alerts,
      questions,
      ...rest
    } = a
    const newId = await createActivity(
      ctx,
      {
        ...rest,
        organizer_id: user.id,
        questions: JSON.stringify(questions),
        starts_at: start,
        ends_at: at(a.ends_at),
        registration_opens_at: opens,
        registration_closes_at: at(a.registration_closes_at),
      },
      slot.capacity,
    )
    return { id: newId }
  },
})
