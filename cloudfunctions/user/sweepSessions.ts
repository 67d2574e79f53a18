import type { TimerJob } from '../../server/core/define-function'

const TIMER_RUNS_KEPT_DAYS = 7

/**
 * Nightly: drop expired sessions, and timer claims older than a week (minute timers add ~3,000
 * rows a day), so neither table grows without bound.
 */
export const sweepSessions: TimerJob = async ({ db, now }) => {
  const r = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst()
  const t = await db
    .deleteFrom('timer_runs')
    .where('scheduled_at', '<', new Date(now.getTime() - TIMER_RUNS_KEPT_DAYS * 86_400_000))
    .executeTakeFirst()
  return { deleted: Number(r.numDeletedRows), timerRunsDeleted: Number(t.numDeletedRows) }
}
