import type { Transaction } from 'kysely'
import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import type { DB } from '../../server/db/schema'
import { notify } from '../../server/notify/queue'
import { setCapacity } from '../../server/reservations/cancel'
import { bigrams } from '../../server/text/bigrams'
import { activityForOrganizer, mayPublish, type Activity } from './domain/access'
import { createActivity } from './domain/create'
import { announcePromoted, promoteAsFor, tellGroup } from './domain/lifecycle'
import { when } from './domain/present'

// Enterprises too, for their own events, when the community enables it (checked in run).
const ORGANIZERS = ['social_worker', 'admin', 'enterprise'] as const

/** Create or edit an activity. Capacity below the registrations refuses or moves the extra to the waitlist, as the organizer chooses. */
export const save = handler<'activities', 'save', typeof ORGANIZERS>({
  access: ORGANIZERS,
  async run({ db, user, now }, input) {
    mayPublish(user)
    const startsAt = new Date(input.startsAt)
    const endsAt = new Date(input.endsAt)
    const opens = new Date(input.registrationOpensAt)
    const closes = new Date(input.registrationClosesAt)
    if (endsAt <= startsAt) refuse('BAD_REQUEST', '结束时间应晚于开始时间')
    if (closes <= opens) refuse('BAD_REQUEST', '报名截止时间应晚于开始报名时间')
    if (closes > startsAt) refuse('BAD_REQUEST', '报名应在活动开始前截止')
    if (input.reservedSeats >= input.capacity) refuse('BAD_REQUEST', '预留名额应少于总名额')
    if (!input.stationId && !input.address) refuse('BAD_REQUEST', '请选择站点或填写活动地址')
    if (new Set(input.questions.map((q) => q.id)).size !== input.questions.length)
      refuse('BAD_REQUEST', '报名问题的编号不能重复')
    if (input.stationId) {
      const st = await db
        .selectFrom('stations')
        .select('id')
        .where('id', '=', input.stationId)
        .where('retired_at', 'is', null)
        .executeTakeFirst()
      if (!st) refuse('BAD_REQUEST', '所选站点不存在')
    }
    if (input.groupId) {
      const g = await db.selectFrom('activity_groups').select('id').where('id', '=', input.groupId).executeTakeFirst()
      if (!g) refuse('BAD_REQUEST', '所选社群不存在')
    }
    const row = {
      title: input.title,
      category: input.category,
      description: input.description,
      starts_at: startsAt,
      ends_at: endsAt,
      station_id: input.stationId,
      address: input.address,
      audience: input.audience,
      approval_required: input.approvalRequired,
      confirm_hours: input.confirmHours,
      registration_opens_at: opens,
      registration_closes_at: closes,
      what_to_bring: input.whatToBring,
      questions: JSON.stringify(input.questions),
      max_children: input.maxChildren,
      reserved_seats: input.reservedSeats,
      group_id: input.groupId,
      bigrams: bigrams(`${input.title} ${input.description}`),
    }
    const seats = input.capacity - input.reservedSeats
    if (input.id === undefined) {
      if (startsAt <= now) refuse('BAD_REQUEST', '活动时间应在未来')
      const createdId = await createActivity(
        db,
        { ...row, community_id: user.community_id ?? (await anyCommunity(db)), organizer_id: user.id },
        seats,
      )
      if (input.groupId) await tellGroup(db, input.groupId, createdId, input.title, when({ starts_at: startsAt }), now)
      return { id: createdId, moved: 0, promoted: 0 }
    }
    const a: Activity = await activityForOrganizer(db, user, input.id)
    if (a.status === 'cancelled') refuse('CONFLICT', '活动已取消，不能编辑')
    if (startsAt.getTime() !== new Date(a.starts_at).getTime() || endsAt.getTime() !== new Date(a.ends_at).getTime()) {
      refuse('BAD_REQUEST', '修改时间请用「改期」，报名的人会收到通知')
    }
    await db.updateTable('activities').set(row).where('id', '=', a.id).execute()
    const updated = { ...a, ...row, questions: input.questions } as Activity
    const { moved, promoted } = await setCapacity(db, {
      slotId: a.slot_id,
      capacity: seats,
      overflow: input.overflow,
      promoteAs: promoteAsFor(updated, now),
    })
    for (const m of moved) {
      await notify(db, now, {
        userId: m.userId,
        kind: 'activity_changed',
        data: { activity: a.title, change: '改期', detail: '名额调整，你已移入候补队列最前，有空位会第一个递补' },
        page: `/subpackages/activities/detail?id=${a.id}`,
        event: `activity_moved_to_waitlist:${m.id}:${now.getTime()}`,
      })
    }
    await announcePromoted(db, updated, promoted, now)
    return { id: a.id, moved: moved.length, promoted: promoted.length }
  },
})

async function anyCommunity(db: Transaction<DB>) {
  const c = await db.selectFrom('communities').select('id').orderBy('id').executeTakeFirstOrThrow()
  return c.id
}
