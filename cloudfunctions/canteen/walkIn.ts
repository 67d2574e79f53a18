import { sql } from 'kysely'
import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { canteenStaff } from './domain/access'
import { addDays, shanghaiDate } from '../../server/time/shanghai'
import { findSlot } from './domain/schedule'

/** As redeeming: the counter opens a slot 2 h before it starts. */
const WALK_INS_OPEN_BEFORE_MIN = 120

/** Counter: count people served without a booking (+1, or a correction). */
export const walkIn = handler('canteen', 'walkIn', {
  access: canteenStaff('canteenId'),
  async run({ db, now, target: canteen }, { date, start, delta }) {
    // Walk-ins are counted as they come: today's service, or last night's (past midnight, or a
    // correction the morning after); never a day ahead.
    const today = shanghaiDate(now)
    if (date !== today && date !== addDays(today, -1)) refuse('BAD_REQUEST', '只能记录今天或昨天的现场用餐人数')
    const slot = findSlot(canteen, date, start)
    if (!slot) return refuse('BAD_REQUEST', `${start} 不在供餐时段内`)
    if (slot.startsAt.getTime() - WALK_INS_OPEN_BEFORE_MIN * 60_000 > now.getTime())
      refuse('BAD_REQUEST', `${start} 时段还没开始，不能记录现场用餐`)
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
