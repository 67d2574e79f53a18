// Shanghai time, once for the whole client. The server stores instants; people read Shanghai's
// wall clock (UTC+8 all year, no daylight saving) whatever zone their phone is set to. Pages never
// add 8 hours themselves: they format and compute through these functions.
//
// No date library: a fixed offset needs no time-zone data, and the few patterns the app shows
// cost a few lines here instead of dayjs and its plugins (~5 KB gz) on the stations first screen.

const OFFSET_MS = 8 * 3600_000
const DAY_MS = 86_400_000
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

/** An instant: ISO string, epoch milliseconds or Date. */
export type Instant = string | number | Date

const ms = (t: Instant) => (t instanceof Date ? t.getTime() : typeof t === 'number' ? t : new Date(t).getTime())
const pad = (n: number) => String(n).padStart(2, '0')

/** The fields of Shanghai's wall clock at an instant (read from a Date shifted by 8 hours, in UTC). */
function fields(t: Instant) {
  const d = new Date(ms(t) + OFFSET_MS)
  return {
    Y: d.getUTCFullYear(),
    M: d.getUTCMonth() + 1,
    D: d.getUTCDate(),
    H: d.getUTCHours(),
    m: d.getUTCMinutes(),
    w: d.getUTCDay(),
  }
}

/**
 * Format an instant in Shanghai time. Tokens: YYYY, MM, M, DD, D, HH, mm, ddd (周一); anything
 * else is kept as written: formatShanghai(iso, 'M月D日 ddd HH:mm') → "11月28日 周六 14:00".
 */
export function formatShanghai(t: Instant, pattern: string): string {
  const f = fields(t)
  const tokens: Record<string, string> = {
    YYYY: String(f.Y),
    MM: pad(f.M),
    M: String(f.M),
    DD: pad(f.D),
    D: String(f.D),
    HH: pad(f.H),
    mm: pad(f.m),
    ddd: WEEKDAYS[f.w],
  }
  return pattern.replace(/YYYY|MM|M|DD|D|HH|mm|ddd/g, (k) => tokens[k])
}

/** Shanghai calendar date (YYYY-MM-DD) of an instant, now by default. */
export const shanghaiDay = (t: Instant = Date.now()) => formatShanghai(t, 'YYYY-MM-DD')

/** Shanghai weekday of an instant: 0 = 周日 … 6 = 周六. */
export const shanghaiWeekday = (t: Instant = Date.now()) => fields(t).w

/** A Shanghai date and wall-clock time ('2026-11-28', '14:00') as an ISO instant. */
export const shanghaiInstant = (day: string, time = '00:00') => new Date(`${day}T${time}:00+08:00`).toISOString()

/** A Shanghai date n days later (or earlier). */
export const addDays = (day: string, n: number) => shanghaiDay(new Date(`${day}T12:00:00+08:00`).getTime() + n * DAY_MS)

/** The weekday of a Shanghai date, in Chinese (周一…周日). */
export const weekdayLabel = (day: string) => WEEKDAYS[new Date(`${day}T12:00:00+08:00`).getUTCDay()]

/** "14:00" when the instant is today in Shanghai, else "11月28日 14:00". */
export const timeOrDate = (t: Instant) => formatShanghai(t, shanghaiDay(t) === shanghaiDay() ? 'HH:mm' : 'M月D日 HH:mm')

/** "刚刚", "3 分钟前", "2 小时前", "3 天前"; older than a month: the date. */
export function fromNow(t: Instant, now: Instant = Date.now()): string {
  const s = Math.round((ms(now) - ms(t)) / 1000)
  if (s < 45) return '刚刚'
  if (s < 3600) return `${Math.max(1, Math.round(s / 60))} 分钟前`
  if (s < DAY_MS / 1000) return `${Math.round(s / 3600)} 小时前`
  if (s < (30 * DAY_MS) / 1000) return `${Math.round(s / 86400)} 天前`
  return formatShanghai(t, shanghaiDay(t).slice(0, 4) === shanghaiDay(now).slice(0, 4) ? 'M月D日' : 'YYYY年M月D日')
}
