import type { TxCtx } from '../../../server/core/tx'
import { dropReminders, notify } from '../../../server/notify/queue'
import type { Promoted, PromoteAs } from '../../../server/reservations/cancel'
import { formatShanghai } from '../../../server/time/shanghai'
import type { Activity } from './access'
import { placeOf, when } from './words'

const page = (a: Activity) => `/subpackages/activities/detail?id=${a.id}`
const REMINDERS = [
  { hours: 24, before: '24 小时' },
  { hours: 1, before: '1 小时' },
]
const THRESHOLDS = [50, 80, 100]

/** What someone promoted from the waitlist becomes under this activity's rules. */
export function promoteAsFor(a: Activity, now: Date): PromoteAs {
  if (a.approval_required) return { status: 'pending' }
  if (a.confirm_hours)
    return { status: 'offered', offerExpiresAt: new Date(now.getTime() + a.confirm_hours * 3600_000) }
  return { status: 'confirmed' }
}

/** 24 h and 1 h reminders for a registration, keyed to the start time (a reschedule makes new ones). */
export async function scheduleReminders(ctx: TxCtx, a: Activity, reg: { id: number; userId: number }) {
  const { now } = ctx
  const starts = new Date(a.starts_at)
  for (const r of REMINDERS) {
    const due = new Date(starts.getTime() - r.hours * 3600_000)
    if (due <= now) continue
    await notify(ctx, {
      userId: reg.userId,
      kind: 'activity_reminder',
      data: { activity: a.title, time: when(a), place: placeOf(a) || '见活动详情', before: r.before },
      page: page(a),
      event: `activity_reminder:${reg.id}:${starts.toISOString()}:${r.hours}`,
      dueAt: due,
      subject: `reservation:${reg.id}`,
    })
  }
}

/** A registration now holds a seat as registered: tell them and schedule reminders. */
export async function welcome(ctx: TxCtx, a: Activity, reg: { id: number; userId: number; code: string }) {
  await notify(ctx, {
    userId: reg.userId,
    kind: 'activity_registered',
    data: { activity: a.title, time: when(a), code: reg.code },
    page: page(a),
    event: `activity_registered:${reg.id}`,
  })
  await scheduleReminders(ctx, a, reg)
}

/** Tell the people promoted from the waitlist what happens next. */
export async function announcePromoted(ctx: TxCtx, a: Activity, promoted: Promoted[]) {
  const { now } = ctx
  for (const p of promoted) {
    const note =
      p.status === 'offered'
        ? `已为你保留名额，请在 ${formatShanghai(new Date(now.getTime() + (a.confirm_hours ?? 0) * 3600_000))} 前确认，逾期名额顺延`
        : p.status === 'pending'
          ? '已递补，等待组织者审核'
          : '已递补为正式报名'
    await notify(ctx, {
      userId: p.userId,
      kind: 'activity_promoted',
      data: { activity: a.title, time: when(a), note },
      page: page(a),
      event: `activity_promoted:${p.id}:${now.getTime()}`,
    })
    if (p.status === 'confirmed') await scheduleReminders(ctx, a, { id: p.id, userId: p.userId })
  }
  if (promoted.length) await occupancyAlerts(ctx, a)
}

/** Tell the organizer when registrations pass 50%, 80% and 100% of the seats (once each). */
export async function occupancyAlerts(ctx: TxCtx, a: Activity) {
  const { db } = ctx
  const slot = await db
    .selectFrom('slots')
    .select(['capacity', 'taken'])
    .where('id', '=', a.slot_id)
    .executeTakeFirstOrThrow()
  const current = await db
    .selectFrom('activities')
    .select('alerts_sent')
    .where('id', '=', a.id)
    .executeTakeFirstOrThrow()
  if (slot.capacity === 0) return
  const percent = Math.floor((slot.taken * 100) / slot.capacity)
  const due = THRESHOLDS.filter((t) => percent >= t && !current.alerts_sent.includes(t))
  if (due.length === 0) return
  const top = due[due.length - 1]
  await db
    .updateTable('activities')
    .set({ alerts_sent: [...current.alerts_sent, ...due] })
    .where('id', '=', a.id)
    .execute()
  await notify(ctx, {
    userId: a.organizer_id,
    kind: 'activity_occupancy',
    data: { activity: a.title, percent: top, taken: slot.taken, capacity: slot.capacity },
    page: `/subpackages/activities/roster?id=${a.id}`,
    event: `activity_occupancy:${a.id}:${top}`,
  })
}

/** Drop every pending reminder of an activity's registrations (it moved or was cancelled). */
export async function dropActivityReminders(ctx: TxCtx, a: Activity): Promise<number> {
  const regs = await ctx.db.selectFrom('reservations').select('id').where('slot_id', '=', a.slot_id).execute()
  let dropped = 0
  for (const r of regs) dropped += await dropReminders(ctx, `reservation:${r.id}`)
  return dropped
}

/** A group's new activity notifies its members. */
export async function tellGroup(ctx: TxCtx, groupId: number, activityId: number, title: string, time: string) {
  const { db } = ctx
  const group = await db
    .selectFrom('activity_groups')
    .select('name')
    .where('id', '=', groupId)
    .executeTakeFirstOrThrow()
  const members = await db
    .selectFrom('activity_group_members')
    .select('user_id')
    .where('group_id', '=', groupId)
    .execute()
  for (const m of members) {
    await notify(ctx, {
      userId: m.user_id,
      kind: 'group_new_activity',
      data: { group: group.name, activity: title, time },
      page: `/subpackages/activities/detail?id=${activityId}`,
      event: `group_new_activity:${activityId}`,
    })
  }
}
