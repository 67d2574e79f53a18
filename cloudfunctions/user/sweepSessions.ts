import type { TimerJob } from '../../server/core/define-function'

const TIMER_RUNS_KEPT_DAYS = 7

/**
 * Nightly: drop expired sessions, and timer claims older than a week (minute timers add ~3,000
 * rows a day), so neither table grows without bound.
 */
export const sweepSessions: TimerJob = async ({ db, now, scheduledAt }) => {
  const r = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst()
  const t = await db
    .deleteFrom('timer_runs')
    // Counted back from this tick, not the clock: a late or replayed tick never prunes its own claim.
    .where('scheduled_at', '<', new Date(scheduledAt.getTime() - TIMER_RUNS_KEPT_DAYS * 86_400_000))
    .executeTakeFirst()
  return { deleted: Number(r.numDeletedRows), timerRunsDeleted: Number(t.numDeletedRows) }
}
