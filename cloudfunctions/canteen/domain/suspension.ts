import type { Transaction } from 'kysely'
import type { DB } from '../../../server/db/schema'
import { whenWords } from '../../../server/time/shanghai'

/**
 * No-show rule: `no_show_limit` unused bookings (at any canteen) within `no_show_days` suspend
 * advance booking for `suspend_days` after the latest one. A booking still `confirmed` after its
 * slot ended counts even before the no-show timer has marked it.
 */
export async function suspension(
  db: Transaction<DB>,
  canteen: { no_show_limit: number; no_show_days: number; suspend_days: number },
  userId: number,
  now: Date,
): Promise<{ until: Date; reason: string } | null> {
  const since = new Date(now.getTime() - canteen.no_show_days * 86_400_000)
  const rows = await db
    .selectFrom('reservations as r')
    .innerJoin('slots as s', 's.id', 'r.slot_id')
    .select('s.ends_at')
    .where('r.user_id', '=', userId)
    .where('s.kind', '=', 'canteen')
    .where('s.ends_at', '>', since)
    .where('s.ends_at', '<=', now)
    .where('r.status', 'in', ['no_show', 'confirmed'])
    .orderBy('s.ends_at', 'desc')
    .execute()
  if (rows.length < canteen.no_show_limit) return null
  const until = new Date(new Date(rows[0].ends_at).getTime() + canteen.suspend_days * 86_400_000)
  if (until <= now) return null
  return {
    until,
    reason: `${canteen.no_show_days} 天内有 ${rows.length} 次预约未到店，提前预约暂停至 ${whenWords(until)}；到店现场用餐不受影响`,
  }
}
