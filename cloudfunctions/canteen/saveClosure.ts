import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { addDays, shanghaiDate } from '../../server/time/shanghai'
import { CANTEEN_KEEPERS, canteenManager } from './domain/access'
import { closeMadeSlots } from './domain/closing'
import { slotsOf } from './domain/schedule'

/** How far ahead days off may be planned: a year of holidays. */
const PLAN_DAYS = 366

/** Keepers: a planned day off (a holiday, a closure). Bookings already made that day are cancelled and told. */
export const saveClosure = handler('canteen', 'saveClosure', {
  access: canteenManager('canteenId', CANTEEN_KEEPERS),
  async run(ctx, { date, reason }) {
    const { db, user, now, target: canteen } = ctx
    const today = shanghaiDate(now)
    if (date < today) refuse('BAD_REQUEST', '不能为已经过去的日期设置休息')
    if (date > addDays(today, PLAN_DAYS)) refuse('BAD_REQUEST', '休息日最多提前一年设置')
    const before = await db
      .selectFrom('canteen_closures')
      .select('reason')
      .where('canteen_id', '=', canteen.id)
      .where('date', '=', date)
      .executeTakeFirst()
    await db
      .insertInto('canteen_closures')
      .values({ canteen_id: canteen.id, date, reason, created_at: now })
      .onConflict((oc) => oc.columns(['canteen_id', 'date']).doUpdateSet({ reason }))
      .execute()
    // The service day's slots (a window past midnight belongs to the day it starts).
    const slots = slotsOf(canteen, date)
    const cancelled = slots.length
      ? await closeMadeSlots(ctx, {
          canteen,
          from: slots[0].startsAt,
          to: new Date(slots[slots.length - 1].startsAt.getTime() + 1),
          reason,
          byUserId: user.id,
        })
      : 0
    await audit(ctx, {
      actorId: user.id,
      action: 'canteen.closure.save',
      subject: { type: 'canteen', id: canteen.id },
      communityId: canteen.community_id,
      before: before ? { date, reason: before.reason } : undefined,
      after: { date, reason },
    })
    return { cancelledBookings: cancelled }
  },
})
