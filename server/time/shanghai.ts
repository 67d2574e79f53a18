/** Asia/Shanghai is UTC+8 all year (no daylight saving), so wall-clock is a fixed offset. */
export const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000

/** Weekday (0 = Sunday) and minute of day in Shanghai at `at`. */
export function shanghaiClock(at: Date): { weekday: number; minute: number } {
  const s = new Date(at.getTime() + SHANGHAI_OFFSET_MS)
  return { weekday: s.getUTCDay(), minute: s.getUTCHours() * 60 + s.getUTCMinutes() }
}

export const toMinutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number)
  return h * 60 + m
}

export const toHHMM = (min: number) =>
  `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`

/** Shanghai calendar date, e.g. 2026-11-22 (or 20261122 with sep ''). */
export function shanghaiDate(at: Date, sep = '-'): string {
  const s = new Date(at.getTime() + SHANGHAI_OFFSET_MS)
  return [
    s.getUTCFullYear(),
    String(s.getUTCMonth() + 1).padStart(2, '0'),
    String(s.getUTCDate()).padStart(2, '0'),
  ].join(sep)
}

/** The instant of a Shanghai date (YYYY-MM-DD) plus minutes from its midnight (may exceed 1440). */
export function shanghaiInstant(date: string, minute = 0): Date {
  return new Date(new Date(`${date}T00:00:00+08:00`).getTime() + minute * 60_000)
}

/** A Shanghai date shifted by whole days. */
export const addDays = (date: string, days: number) =>
  shanghaiDate(new Date(shanghaiInstant(date).getTime() + days * 86_400_000))

/** "2026-11-23 12:30" in Shanghai time (WeChat template time fields, messages). */
export function formatShanghai(at: Date): string {
  const s = new Date(at.getTime() + SHANGHAI_OFFSET_MS)
  return `${shanghaiDate(at)} ${String(s.getUTCHours()).padStart(2, '0')}:${String(s.getUTCMinutes()).padStart(2, '0')}`
}
