import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { maskName } from '../../server/people/mask'
import { redeem } from '../../server/reservations/redeem'
import { redeemRefusal, redeemRefusalCode } from '../../server/text/redeem-refusal'
import { formatShanghai } from '../../server/time/shanghai'
import { fairStaff } from './domain/access'
import { bareCode, ENTRY_PREFIX } from './domain/codes'
import { ENTRY_KIND } from './domain/schedule'

/** At the door: staff scan a seeker's entry code, once (from 2 h before the start to the end). */
export const checkIn = handler('fairs', 'checkIn', {
  access: fairStaff('fairId'),
  async run(ctx, { code }) {
    const { db, user, now, target: fair } = ctx
    if (fair.cancelled_at) refuse('CONFLICT', '这场招聘会已取消')
    const used = await redeem(ctx, {
      code: bareCode(code, ENTRY_PREFIX),
      kind: ENTRY_KIND,
      ownerId: fair.id,
      by: user.id,
      opensBeforeMin: 120,
    })
    if (used.status !== 'redeemed') {
      return refuse(redeemRefusalCode(used), redeemRefusal(used, '签到', '本场招聘会').replace('预约码', '入场码'))
    }
    const r = await db
      .selectFrom('reservations as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select(['u.display_name'])
      .where('r.id', '=', used.reservationId)
      .executeTakeFirstOrThrow()
    const { n } = await db
      .selectFrom('reservations')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('slot_id', '=', fair.entry_slot_id)
      .where('status', '=', 'redeemed')
      .executeTakeFirstOrThrow()
    await audit(ctx, {
      actorId: user.id,
      action: 'fair.checkIn',
      subject: { type: 'reservation', id: used.reservationId },
      communityId: fair.community_id,
    })
    return { name: maskName(r.display_name), checkedInAt: formatShanghai(now), checkedIn: Number(n) }
  },
})
