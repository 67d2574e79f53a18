import { log } from '../server/core/log'
import type { Runtime } from '../server/core/runtime'
import { dispatchDue } from '../server/notify/dispatch'

/**
 * The gateway stays up between calls, so a notification due now is delivered right after its
 * call commits instead of at the next minute's timer. Nudges while a run is going coalesce
 * into one more run. Give `nudge` to the runtime as its `dispatchSoon`.
 */
export function dispatchOnNudge(runtime: () => Runtime): { nudge(): void; stop(): Promise<void> } {
  let running: Promise<void> | null = null
  let again = false
  let stopped = false
  const nudge = () => {
    if (stopped) return
    if (running) {
      again = true
      return
    }
    running = dispatchDue(runtime())
      .then(() => undefined)
      .catch((e) => log.error('dispatch failed', { error: String(e) }))
      .finally(() => {
        running = null
        if (again) {
          again = false
          nudge()
        }
      })
  }
  return {
    nudge,
    async stop() {
      stopped = true
      await running
    },
  }
}

/** A runtime whose commits that queue something due now are dispatched at once (the gateway's). */
export function withDispatchOnNudge(make: (dispatchSoon: () => void) => Runtime) {
  let runtime: Runtime | null = null
  const dispatcher = dispatchOnNudge(() => runtime!)
  runtime = make(dispatcher.nudge)
  return { runtime, dispatcher }
}
