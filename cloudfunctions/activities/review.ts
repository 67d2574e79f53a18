import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { cancelReservation } from '../../server/reservations/cancel'
import { confirm } from '../../server/reservations/confirm'
import { registrationOrganizer } from './domain/access'
import { announcePromoted, promoteAsFor, welcome } from './domain/lifecycle'

/** Organizer approves a pending registration, or rejects it with a reason (the seat passes on). */
export const review = handler('activities', 'review', {
  access: registrationOrganizer('registrationId'),
  async run(ctx, { approve, reason }) {
    const { user, now } = ctx
    const { registration: reg, activity: a } = ctx.target
    if (reg.status !== 'pending') refuse('CONFLICT', '这条报名不在待审核状态')
    if (!approve && !reason) refuse('BAD_REQUEST', '不通过时请填写原因，报名人会看到')
    await notify(ctx, {
      userId: reg.user_id,
      kind: 'activity_reviewed',
      data: { activity: a.title, approved: approve, reason: reason ?? '' },
      page: `/subpackages/activities/detail?id=${a.id}`,
      event: `activity_reviewed:${reg.id}`,
    })
    if (approve) {
      const outcome = await confirm(ctx, { reservationId: Number(reg.id), from: 'pending' })
      if (outcome.status !== 'confirmed') return refuse('CONFLICT', '这条报名不在待审核状态')
      await welcome(ctx, a, outcome)
      return { status: 'confirmed' as const }
    }
    const outcome = await cancelReservation(ctx, {
      reservationId: Number(reg.id),
      by: { userId: user.id },
      reason: `审核未通过：${reason}`,
      promoteAs: promoteAsFor(a, now),
    })
    if (outcome.status !== 'cancelled') return refuse('CONFLICT', '这条报名不在待审核状态')
    await announcePromoted(ctx, a, outcome.promoted)
    return { status: 'cancelled' as const }
  },
})
