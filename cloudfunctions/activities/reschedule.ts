import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { formatShanghai } from '../../server/time/shanghai'
import { activityForOrganizer } from './domain/access'
import { dropActivityReminders, scheduleReminders } from './domain/lifecycle'

/** Move an activity: everyone registered or waiting is told; reminders for the old time are dropped and new ones made. */
export const reschedule = handler<'activities', 'reschedule', 'signed-in'>({
  access: 'signed-in',
  async run({ db, user, now }, { id, startsAt, endsAt, reason }) {
    const a = await activityForOrganizer(db, user, id)
    if (a.status === 'cancelled') refuse('CONFLICT', '活动已取消')
    const start = new Date(startsAt)
    const end = new Date(endsAt)
    if (start <= now) refuse('BAD_REQUEST', '新的时间应在未来')
    if (end <= start) refuse('BAD_REQUEST', '结束时间应晚于开始时间')
    const closes = new Date(Math.min(new Date(a.registration_closes_at).getTime(), start.getTime()))
    const dropped = await dropActivityReminders(db, a)
    await db
      .updateTable('activities')
      .set({ starts_at: start, ends_at: end, registration_closes_at: closes })
      .where('id', '=', a.id)
      .execute()
    await db.updateTable('slots').set({ starts_at: start, ends_at: end }).where('id', '=', a.slot_id).execute()
    const moved = { ...a, starts_at: start, ends_at: end }
    const people = await db
      .selectFrom('reservations')
      .select(['id', 'user_id', 'status'])
      .where('slot_id', '=', a.slot_id)
      .where('status', 'in', ['confirmed', 'pending', 'offered', 'waitlisted'])
      .execute()
    for (const p of people) {
      await notify(db, now, {
        userId: p.user_id,
        kind: 'activity_changed',
        data: { activity: a.title, change: '改期', detail: `改到 ${formatShanghai(start)}（${reason}）` },
        page: `/subpackages/activities/detail?id=${a.id}`,
        event: `activity_rescheduled:${a.id}:${start.toISOString()}`,
      })
      if (p.status === 'confirmed') await scheduleReminders(db, moved, { id: Number(p.id), userId: p.user_id }, now)
    }
    return { notified: people.length, remindersDropped: dropped }
  },
})
