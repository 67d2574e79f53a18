import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { canteenStaff } from './domain/access'
import { discountLabel } from './domain/pricing'
import { riderOfCode } from './domain/rider-code'
import { countWalkIns, walkInSlot } from './domain/walk-ins'

/**
 * Counter: a rider walks in and shows their 骑手码; the meal is recorded at the rider price and
 * counted among the slot's walk-ins. An expired code, an unverified rider, or a second meal of the
 * same rider in the same slot is refused and nothing is written.
 */
export const riderWalkIn = handler('canteen', 'riderWalkIn', {
  access: canteenStaff('canteenId'),
  async run(ctx, { date, start, code }) {
    const { db, now, user, target: canteen } = ctx
    const slot = walkInSlot(canteen, date, start, now)
    const r = await riderOfCode(db, code, now)
    if (!r.verified) refuse('FORBIDDEN', `${r.rider} 未通过骑手认证，不能按骑手价记录；可按普通现场用餐计数`)
    const meal = await db
      .insertInto('canteen_rider_meals')
      .values({
        canteen_id: canteen.id,
        starts_at: slot.startsAt,
        user_id: r.userId,
        discount: canteen.rider_discount,
        recorded_by: user.id,
        recorded_at: now,
      })
      .onConflict((oc) => oc.columns(['canteen_id', 'starts_at', 'user_id']).doNothing())
      .returning('id')
      .executeTakeFirst()
    if (!meal) return refuse('CONFLICT', `${r.rider} 在 ${slot.start} 时段已按骑手价记录过`)
    const walkIns = await countWalkIns(db, canteen.id, slot.startsAt, 1)
    const riders = await db
      .selectFrom('canteen_rider_meals')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('canteen_id', '=', canteen.id)
      .where('starts_at', '=', slot.startsAt)
      .executeTakeFirstOrThrow()
    await audit(ctx, {
      actorId: user.id,
      action: 'canteen.riderWalkIn',
      subject: { type: 'canteen_rider_meal', id: meal.id },
      communityId: canteen.community_id,
      after: { canteenId: canteen.id, slot: `${date} ${slot.start}`, discount: canteen.rider_discount },
    })
    return {
      rider: r.rider,
      walkIns,
      riderWalkIns: Number(riders.n),
      discountLabel: discountLabel(canteen.rider_discount),
    }
  },
})
