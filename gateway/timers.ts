import { log } from '../server/core/log'
import { nextTick, parseCron } from './cron'
import type { Runtime } from '../server/core/runtime'
import type { LoadedFunction } from './functions'

/**
 * Runs each function's timer triggers on their cron, calling the same `main` with the event
 * WeChat sends ({ Type: 'Timer', TriggerName, Time }). When several gateways share a database,
 * each tick is claimed once in the database (timer_runs), so a job runs once.
 */
export function startTimers(functions: Map<string, LoadedFunction>, runtime: Runtime): { stop(): Promise<void> } {
  const handles = new Set<NodeJS.Timeout>()
  const running = new Set<Promise<unknown>>()
  let stopped = false

  for (const fn of functions.values()) {
    for (const trigger of fn.timers) {
      const cron = parseCron(trigger.config)
      const schedule = (after: Date) => {
        if (stopped) return
        const tick = nextTick(cron, after)
        if (!tick) return
        // setTimeout caps at ~24.8 days; re-arm in steps for far ticks.
        const wait = Math.min(tick.getTime() - Date.now(), 2 ** 31 - 1)
        const h = setTimeout(
          () => {
            handles.delete(h)
            if (Date.now() < tick.getTime()) return schedule(after)
            const run = fn
              .main(
                { Type: 'Timer', TriggerName: trigger.name, Time: tick.toISOString() },
                { lianshe: { trigger: true, runtime } },
              )
              .then((r) =>
                log.info('timer', { fn: fn.name, trigger: trigger.name, tick: tick.toISOString(), result: r }),
              )
              .catch((e) => log.error('timer crashed', { fn: fn.name, trigger: trigger.name, error: String(e) }))
              .finally(() => running.delete(run))
            running.add(run)
            schedule(tick)
          },
          Math.max(0, wait),
        )
        h.unref?.()
        handles.add(h)
      }
      schedule(new Date())
    }
  }

  return {
    async stop() {
      stopped = true
      for (const h of handles) clearTimeout(h)
      await Promise.allSettled([...running])
    },
  }
}
