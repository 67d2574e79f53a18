import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { moveSlot } from '../../server/reservations/slots'
import { whenWords } from '../../server/time/shanghai'
import { activityOrganizer } from './domain/access'
import { dropActivityReminders, scheduleReminders } from './domain/lifecycle'

/** Move an activity: everyone registered or waiting is told; reminders for the old time are dropped and new ones made. */
export const reschedule = handler('activities', 'reschedule', {
  access: activityOrganizer('id'),
  async run(ctx, { startsAt, endsAt, reason }) {
    const { db, now, target: a } = ctx
    if (a.status === 'cancelled') refuse('CONFLICT', '活动已取消')
    const start = new Date(startsAt)
    const end = new Date(endsAt)
    if (start <= now) refuse('BAD_REQUEST', '新的时间应在未来')
    if (end <= start) refuse('BAD_REQUEST', '结束时间应晚于开始时间')
    const closes = new Date(Math.min(new Date(a.registration_closes_at).getTime(), start.getTime()))
    const dropped = await dropActivityReminders(ctx, a)
    await db
      .updateTable('activities')
      .set({ starts_at: start, ends_at: end, registration_closes_at: closes })
      .where('id', '=', a.id)
      .execute()
    const people = await moveSlot(ctx, a.slot_id, { startsAt: start, endsAt: end })
    const moved = { ...a, starts_at: start, ends_at: end }
    for (const p of people) {
      await notify(ctx, {
        userId: p.userId,
        kind: 'activity_changed',
        data: { activity: a.title, change: '改期', detail: `改到 ${whenWords(start)}（${reason}）` },
        page: `/subpackages/activities/detail?id=${a.id}`,
        event: `activity_rescheduled:${a.id}:${start.toISOString()}`,
      })
      if (p.status === 'confirmed') await scheduleReminders(ctx, moved, p)
    }
    return { notified: people.length, remindersDropped: dropped }
  },
})
