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

const WEEKDAY_WORDS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']
const WALL = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/

/** A Shanghai wall clock from an instant, an ISO string, a date (YYYY-MM-DD) or formatShanghai's text. */
function wall(at: Date | string): { y: number; m: number; d: number; weekday: number; hhmm: string | null } | null {
  const text = typeof at === 'string' ? WALL.exec(at) : null
  const instant = text
    ? shanghaiInstant(`${text[1]}-${text[2]}-${text[3]}`, text[4] ? Number(text[4]) * 60 + Number(text[5]) : 0)
    : new Date(at)
  if (Number.isNaN(instant.getTime())) return null
  const s = new Date(instant.getTime() + SHANGHAI_OFFSET_MS)
  const hhmm = `${String(s.getUTCHours()).padStart(2, '0')}:${String(s.getUTCMinutes()).padStart(2, '0')}`
  return {
    y: s.getUTCFullYear(),
    m: s.getUTCMonth() + 1,
    d: s.getUTCDate(),
    weekday: s.getUTCDay(),
    hhmm: text && !text[4] ? null : hhmm,
  }
}

/**
 * 「11月23日 周一」: a Shanghai day as people read it in a message or deadline, the year in front
 * only when it is not `now`'s year (「2027年1月4日 周一」). Machine fields stay ISO / YYYY-MM-DD,
 * and WeChat's template `time` fields stay formatShanghai's "YYYY-MM-DD HH:mm" (its format rule).
 */
export function dayWords(at: Date | string, now?: Date): string {
  const w = wall(at)
  // Text that is already words (「每周三 14:00」) is left as it is.
  if (!w) return String(at)
  const year = now && w.y !== wall(now)!.y ? `${w.y}年` : ''
  return `${year}${w.m}月${w.d}日 ${WEEKDAY_WORDS[w.weekday]}`
}

/** 「11月23日 周一 12:05」: an instant (or formatShanghai's "2026-11-23 12:05") in words; see dayWords. */
export function whenWords(at: Date | string, now?: Date): string {
  const w = wall(at)
  return !w || w.hhmm === null ? dayWords(at, now) : `${dayWords(at, now)} ${w.hhmm}`
}
