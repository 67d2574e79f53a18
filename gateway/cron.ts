import { Cron as Croner } from 'croner'

/**
 * WeChat cloud timer triggers: 7-field cron — second minute hour day-of-month month
 * day-of-week year — evaluated in UTC+8 (China has no daylight saving time).
 *
 * A thin wrapper over `croner` (maintained; its 7-part mode has the year field): this file only
 * pins WeChat's dialect, so the timers (gateway/timers.ts) and the deploy check read one format.
 * - exactly 7 fields (`mode: '7-part'`): a 5- or 6-field crontab line is refused, not guessed;
 * - UTC+8 as a fixed offset (`utcOffset: 480`), not a time-zone database lookup;
 * - day-of-month and day-of-week both restricted → either may match (classic cron, `domAndDow: false`);
 * - day-of-week 0–6 with 0 = Sunday (7 = Sunday too); `*`, `?`, `n`, `a-b`, `a,b`, `*\/n`, `a-b/n`
 *   and `a/n` (from a to the end of the field, as before: `sloppyRanges`).
 */
export interface Cron {
  source: string
  /** The croner pattern; it never runs anything itself (no callback, paused). */
  pattern: Croner
}

export function parseCron(source: string): Cron {
  const fields = source.trim().split(/\s+/)
  if (fields.length !== 7) throw new Error(`cron "${source}" must have 7 fields (WeChat timer format)`)
  try {
    const pattern = new Croner(fields.join(' '), {
      paused: true,
      mode: '7-part',
      utcOffset: 8 * 60,
      domAndDow: false,
      sloppyRanges: true,
    })
    return { source, pattern }
  } catch (e) {
    throw new Error(`cron "${source}": ${e instanceof Error ? e.message : String(e)}`)
  }
}

/** The first tick strictly after `after`, or null when the pattern has no more ticks. */
export function nextTick(cron: Cron, after: Date): Date | null {
  return cron.pattern.nextRun(after)
}
