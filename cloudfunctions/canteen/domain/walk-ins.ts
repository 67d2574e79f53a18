import { sql, type Transaction } from 'kysely'
import { refuse } from '../../../server/core/app-error'
import type { DB } from '../../../server/db/schema'
import { addDays, shanghaiDate } from '../../../server/time/shanghai'
import type { Canteen } from './access'
import { findSlot } from './schedule'

/** As redeeming: the counter opens a slot 2 h before it starts. */
const WALK_INS_OPEN_BEFORE_MIN = 120

/**
 * The slot a walk-in is counted in. Walk-ins are counted as they come: today's service, or last
 * night's (past midnight, or a correction the morning after); never a day ahead.
 */
export function walkInSlot(canteen: Canteen, date: string, start: string, now: Date) {
  const today = shanghaiDate(now)
  if (date !== today && date !== addDays(today, -1)) refuse('BAD_REQUEST', '只能记录今天或昨天的现场用餐人数')
  const slot = findSlot(canteen, date, start)
  if (!slot) return refuse('BAD_REQUEST', `${start} 不在供餐时段内`)
  if (slot.startsAt.getTime() - WALK_INS_OPEN_BEFORE_MIN * 60_000 > now.getTime())
    refuse('BAD_REQUEST', `${start} 时段还没开始，不能记录现场用餐`)
  return slot
}

/** Add to a slot's walk-in count (never below 0); the new count. */
export async function countWalkIns(db: Transaction<DB>, canteenId: number, startsAt: Date, delta: number) {
  const row = await db
    .insertInto('canteen_walk_ins')
    .values({ canteen_id: canteenId, starts_at: startsAt, count: Math.max(0, delta) })
    .onConflict((oc) =>
      oc
        .columns(['canteen_id', 'starts_at'])
        .doUpdateSet({ count: sql`greatest(0, canteen_walk_ins.count + ${delta})` }),
    )
    .returning('count')
    .executeTakeFirstOrThrow()
  return row.count
}
