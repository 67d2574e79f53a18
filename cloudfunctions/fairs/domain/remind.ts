import type { TxCtx } from '../../../server/core/tx'
import { notify } from '../../../server/notify/queue'
import { addDays, formatShanghai, shanghaiInstant } from '../../../server/time/shanghai'
import type { Fair } from './access'

/** The reminder goes out at 18:00 the evening before the fair (when that is still ahead). */
const REMIND_AT_MIN = 18 * 60

export const fairTime = (f: Pick<Fair, 'starts_at'>) => formatShanghai(new Date(f.starts_at))

/**
 * Queue the "fair tomorrow" reminder (the outbox's due time: the one reminder mechanism); its
 * subject lets a cancellation drop it.
 */
export async function remindOfFair(ctx: TxCtx, userId: number, fair: Fair, subject: string): Promise<void> {
  const dueAt = shanghaiInstant(addDays(fair.date, -1), REMIND_AT_MIN)
  if (dueAt <= ctx.now) return
  await notify(ctx, {
    userId,
    kind: 'fair_reminder',
    data: { fair: fair.title, time: fairTime(fair), place: fair.place },
    page: `/subpackages/fairs/detail?id=${fair.id}`,
    event: `fair_reminder:${subject}`,
    dueAt,
    subject,
  })
}
