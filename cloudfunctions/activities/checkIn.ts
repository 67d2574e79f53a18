import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { maskName } from '../../server/people/mask'
import { redeem } from '../../server/reservations/redeem'
import { redeemRefusal, redeemRefusalCode } from '../../server/text/redeem-refusal'
import { formatShanghai } from '../../server/time/shanghai'
import { activityOrganizer } from './domain/access'

/** At the door: check a registration code in, once (from 2 h before the start to the end). */
export const checkIn = handler('activities', 'checkIn', {
  access: activityOrganizer('id'),
  async run(ctx, { code }) {
    const { db, user, now, target: a } = ctx
    if (a.status === 'cancelled') refuse('CONFLICT', '活动已取消')
    const used = await redeem(ctx, {
      code: code.replace(/^lianshe:\/\/registration\//, ''),
      kind: 'activity',
      ownerId: a.id,
      by: user.id,
      opensBeforeMin: 120,
    })
    if (used.status !== 'redeemed') return refuse(redeemRefusalCode(used), redeemRefusal(used, '签到', '本活动'))
    const r = await db
      .selectFrom('reservations as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select(['u.display_name', 'r.seats'])
      .where('r.id', '=', used.reservationId)
      .executeTakeFirstOrThrow()
    return { name: maskName(r.display_name), seats: r.seats, checkedInAt: formatShanghai(now) }
  },
})
