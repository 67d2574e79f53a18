import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { cancelReservation } from '../../server/reservations/cancel'
import { activityForOrganizer } from './domain/access'
import { announcePromoted, promoteAsFor, welcome } from './domain/lifecycle'

/** Organizer approves a pending registration, or rejects it with a reason (the seat passes on). */
export const review = handler<'activities', 'review', 'signed-in'>({
  access: 'signed-in',
  async run({ db, user, now }, { registrationId, approve, reason }) {
    const reg = await db
      .selectFrom('reservations')
      .select(['id', 'slot_id', 'user_id', 'status', 'code'])
      .where('id', '=', registrationId)
      .executeTakeFirst()
    const owner =
      reg && (await db.selectFrom('activities').select('id').where('slot_id', '=', reg.slot_id).executeTakeFirst())
    if (!reg || !owner) return refuse('NOT_FOUND', '报名不存在')
    const a = await activityForOrganizer(db, user, owner.id)
    if (reg.status !== 'pending') refuse('CONFLICT', '这条报名不在待审核状态')
    if (!approve && !reason) refuse('BAD_REQUEST', '不通过时请填写原因，报名人会看到')
    await notify(db, now, {
      userId: reg.user_id,
      kind: 'activity_reviewed',
      data: { activity: a.title, approved: approve, reason: reason ?? '' },
      page: `/subpackages/activities/detail?id=${a.id}`,
      event: `activity_reviewed:${reg.id}`,
    })
    if (approve) {
      await db
        .updateTable('reservations')
        .set({ status: 'confirmed' })
        .where('id', '=', reg.id)
        .where('status', '=', 'pending')
        .execute()
      await welcome(db, a, { id: Number(reg.id), userId: reg.user_id, code: reg.code }, now)
      return { status: 'confirmed' as const }
    }
    const { promoted } = await cancelReservation(db, {
      reservationId: Number(reg.id),
      by: user.id,
      reason: `审核未通过：${reason}`,
      now,
      promoteAs: promoteAsFor(a, now),
    })
    await announcePromoted(db, a, promoted, now)
    return { status: 'cancelled' as const }
  },
})
