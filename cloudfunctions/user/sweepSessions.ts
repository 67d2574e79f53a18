import type { TimerJob } from '../../server/core/define-function'
import { sweepThrottle } from './domain/throttle'

const TIMER_RUNS_KEPT_DAYS = 7

/**
 * Nightly: drop expired sessions, timer claims older than a week (minute timers add ~3,000
 * rows a day), sign-in counts whose window has ended and answers kept for re-sent requests, so no table grows without bound.
 */
export const sweepSessions: TimerJob = async ({ db, now, scheduledAt }) => {
  const r = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst()
  const t = await db
    .deleteFrom('timer_runs')
    // Counted back from this tick, not the clock: a late or replayed tick never prunes its own claim.
    .where('scheduled_at', '<', new Date(scheduledAt.getTime() - TIMER_RUNS_KEPT_DAYS * 86_400_000))
    .executeTakeFirst()
  const throttleRowsDeleted = await sweepThrottle(db, now)
  // Answers kept for re-sent requests (define-function.ts): a day is long past any retry.
  await db
    .deleteFrom('request_answers')
    .where('created_at', '<', new Date(now.getTime() - 86_400_000))
    .execute()
  return { deleted: Number(r.numDeletedRows), timerRunsDeleted: Number(t.numDeletedRows), throttleRowsDeleted }
}
