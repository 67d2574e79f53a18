import type { Database } from '../server/db'
import { log } from '../server/core/log'
import { pushChannel } from '../server/notify/config'
import { dispatchDue } from '../server/notify/dispatch'
import { setDispatchNudge } from '../server/notify/queue'

/**
 * The gateway stays up between calls, so a notification due now is delivered right after its
 * call commits instead of at the next minute's timer. Nudges while a run is going coalesce
 * into one more run.
 */
export function startDispatchOnNudge(db: Database): { stop(): Promise<void> } {
  let running: Promise<void> | null = null
  let again = false
  let stopped = false
  const run = () => {
    if (stopped) return
    if (running) {
      again = true
      return
    }
    running = dispatchDue(db, { channel: pushChannel() })
      .then(() => undefined)
      .catch((e) => log.error('dispatch failed', { error: String(e) }))
      .finally(() => {
        running = null
        if (again) {
          again = false
          run()
        }
      })
  }
  setDispatchNudge(run)
  return {
    async stop() {
      stopped = true
      setDispatchNudge(null)
      await running
    },
  }
}
