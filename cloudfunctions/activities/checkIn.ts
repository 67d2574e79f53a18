import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { maskName } from '../../server/people/mask'
import { redeemCode } from '../../server/reservations/redeem'
import { formatShanghai } from '../../server/time/shanghai'
import { activityForOrganizer } from './domain/access'

/** At the door: check a registration code in, once (from 2 h before the start to the end). */
export const checkIn = handler<'activities', 'checkIn', 'signed-in'>({
  access: 'signed-in',
  async run({ db, user, now }, { id, code }) {
    const a = await activityForOrganizer(db, user, id)
    if (a.status === 'cancelled') refuse('CONFLICT', '活动已取消')
    const used = await redeemCode(db, {
      code: code.replace(/^lianshe:\/\/registration\//, ''),
      kind: 'activity',
      ownerId: a.id,
      by: user.id,
      now,
      verb: '签到',
      ownerLabel: '本活动',
      opensBeforeMin: 120,
    })
    const r = await db
      .selectFrom('reservations as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select(['u.display_name', 'r.seats'])
      .where('r.id', '=', used.reservationId)
      .executeTakeFirstOrThrow()
    return { name: maskName(r.display_name), seats: r.seats, checkedInAt: formatShanghai(now) }
  },
})
