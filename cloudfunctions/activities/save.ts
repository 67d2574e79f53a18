import type { Transaction } from 'kysely'
import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import type { DB } from '../../server/db/schema'
import { notify } from '../../server/notify/queue'
import { setCapacity } from '../../server/reservations/cancel'
import { bigrams } from '../../server/text/bigrams'
import { activityOrganizer, mayPublish, ORGANIZERS, type Activity } from './domain/access'
import { createActivity } from './domain/create'
import { announcePromoted, promoteAsFor, tellGroup } from './domain/lifecycle'
import { when } from './domain/words'
import { stationById } from '../stations/public'

/** Create or edit an activity. Capacity below the registrations refuses or moves the extra to the waitlist, as the organizer chooses. */
export const save = handler('activities', 'save', {
  access: activityOrganizer.ifNamed('id', { roles: ORGANIZERS }),
  async run(ctx, input) {
    const { db, user, now, target: editing } = ctx
    mayPublish(user)
    // A new activity belongs to the organizer's community; an edited one keeps its own.
    const communityId = editing?.community_id ?? user.community_id ?? (await anyCommunity(db))
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
      const st = await stationById(db, input.stationId)
      if (!st || st.retired_at) return refuse('BAD_REQUEST', '所选站点不存在')
      // A venue of the activity's own community (admins: anywhere), as for groups below.
      if (st.community_id !== communityId && user.role !== 'admin') refuse('FORBIDDEN', '只能选择本社区的站点')
    }
    if (input.groupId) {
      // Only a group of the activity's own community: its members are told of the new activity.
      const g = await db
        .selectFrom('activity_groups')
        .select('community_id')
        .where('id', '=', input.groupId)
        .where('archived_at', 'is', null)
        .executeTakeFirst()
      if (!g) refuse('BAD_REQUEST', '所选社群不存在或已归档')
      if (g!.community_id !== communityId) refuse('FORBIDDEN', '只能发布到本社区的社群')
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
    if (!editing) {
      if (startsAt <= now) refuse('BAD_REQUEST', '活动时间应在未来')
      const createdId = await createActivity(ctx, { ...row, community_id: communityId, organizer_id: user.id }, seats)
      if (input.groupId) await tellGroup(ctx, input.groupId, createdId, input.title, when({ starts_at: startsAt }))
      return { id: createdId, moved: 0, promoted: 0 }
    }
    const a: Activity = editing
    if (a.status === 'cancelled') refuse('CONFLICT', '活动已取消，不能编辑')
    if (startsAt.getTime() !== new Date(a.starts_at).getTime() || endsAt.getTime() !== new Date(a.ends_at).getTime()) {
      refuse('BAD_REQUEST', '修改时间请用「改期」，报名的人会收到通知')
    }
    await db.updateTable('activities').set(row).where('id', '=', a.id).execute()
    const updated = { ...a, ...row, questions: input.questions } as Activity
    const outcome = await setCapacity(ctx, {
      slotId: a.slot_id,
      capacity: seats,
      overflow: 'overflow' in input ? input.overflow : 'refuse',
      promoteAs: promoteAsFor(updated, now),
    })
    if (outcome.status === 'wouldDisplace') {
      return refuse(
        'CONFLICT',
        `已有 ${outcome.taken} 个名额被占用，改为 ${seats} 会影响最近报名的 ${outcome.affected} 人；可选择将他们移入候补`,
      )
    }
    for (const m of outcome.moved) {
      await notify(ctx, {
        userId: m.userId,
        kind: 'activity_changed',
        data: { activity: a.title, change: '改期', detail: '名额调整，你已移入候补队列最前，有空位会第一个递补' },
        page: `/subpackages/activities/detail?id=${a.id}`,
        event: `activity_moved_to_waitlist:${m.id}:${now.getTime()}`,
      })
    }
    await announcePromoted(ctx, updated, outcome.promoted)
    return { id: a.id, moved: outcome.moved.length, promoted: outcome.promoted.length }
  },
})

async function anyCommunity(db: Transaction<DB>) {
  const c = await db.selectFrom('communities').select('id').orderBy('id').executeTakeFirstOrThrow()
  return c.id
}
