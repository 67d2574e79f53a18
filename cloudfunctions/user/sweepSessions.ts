import type { TimerJob } from '../../server/core/define-function'

/** Nightly: drop expired sessions so the table does not grow without bound. */
export const sweepSessions: TimerJob = async ({ db, now }) => {
  const r = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst()
  return { deleted: Number(r.numDeletedRows) }
}
