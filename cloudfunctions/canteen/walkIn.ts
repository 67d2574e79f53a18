import { sql } from 'kysely'
import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { canteenStaff } from './domain/access'
import { findSlot } from './domain/schedule'

/** Counter: count people served without a booking (+1, or a correction). */
export const walkIn = handler('canteen', 'walkIn', {
  access: canteenStaff('canteenId'),
  async run({ db, target: canteen }, { date, start, delta }) {
    const slot = findSlot(canteen, date, start)
    if (!slot) return refuse('BAD_REQUEST', `${start} 不在供餐时段内`)
    const row = await db
      .insertInto('canteen_walk_ins')
      .values({ canteen_id: canteen.id, starts_at: slot.startsAt, count: Math.max(0, delta) })
      .onConflict((oc) =>
        oc
          .columns(['canteen_id', 'starts_at'])
          .doUpdateSet({ count: sql`greatest(0, canteen_walk_ins.count + ${delta})` }),
      )
      .returning('count')
      .executeTakeFirstOrThrow()
    return { walkIns: row.count }
  },
})
