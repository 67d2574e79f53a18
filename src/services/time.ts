// Shanghai time, once for the whole client. The server stores instants; people read Shanghai's
// wall clock (UTC+8 all year, no daylight saving) whatever zone their phone is set to. Pages never
// add 8 hours themselves, nor import dayjs: they format and compute through these functions.
//
// dayjs with its zh-cn locale (周一, 11月28日, 3 分钟前). Shanghai is the fixed offset UTC+8
// (utc plugin's utcOffset(480)): no time-zone data needed. A calendar date (YYYY-MM-DD) has no
// zone, so date arithmetic runs in UTC, where every day has 24 hours.
import dayjs, { type Dayjs } from 'dayjs'
import 'dayjs/locale/zh-cn'
import relativeTime from 'dayjs/plugin/relativeTime'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)
dayjs.extend(relativeTime)

const SHANGHAI_OFFSET_MIN = 8 * 60

/** An instant: ISO string, epoch milliseconds or Date. */
export type Instant = string | number | Date

/** Shanghai's wall clock at an instant, in Chinese. */
const shanghai = (t: Instant): Dayjs => dayjs(t).utcOffset(SHANGHAI_OFFSET_MIN).locale('zh-cn')

/** A calendar date (YYYY-MM-DD) as midnight UTC: for counting days and naming weekdays. */
const calendarDay = (day: string): Dayjs => dayjs.utc(day).locale('zh-cn')

/**
 * Format an instant in Shanghai time with dayjs' tokens (YYYY, MM, M, DD, D, HH, mm, ddd = 周一…):
 * formatShanghai(iso, 'M月D日 ddd HH:mm') → "11月28日 周六 14:00".
 */
export const formatShanghai = (t: Instant, pattern: string): string => shanghai(t).format(pattern)

/** Shanghai calendar date (YYYY-MM-DD) of an instant, now by default. */
export const shanghaiDay = (t: Instant = Date.now()) => formatShanghai(t, 'YYYY-MM-DD')

/** Shanghai weekday of an instant: 0 = 周日 … 6 = 周六. */
export const shanghaiWeekday = (t: Instant = Date.now()) => shanghai(t).day()

/** A Shanghai date and wall-clock time ('2026-11-28', '14:00') as an ISO instant. */
export const shanghaiInstant = (day: string, time = '00:00') => dayjs(`${day}T${time}:00+08:00`).toISOString()

/** A Shanghai date n days later (or earlier). */
export const addDays = (day: string, n: number) => calendarDay(day).add(n, 'day').format('YYYY-MM-DD')

/** The weekday of a Shanghai date, in Chinese (周一…周日). */
export const weekdayLabel = (day: string) => calendarDay(day).format('ddd')

/** A Shanghai date as people read it: "2026-12-05" → "12月5日 周六". */
export const dayText = (day: string) => calendarDay(day).format('M月D日 ddd')

/** An instant as people read it, in Shanghai: "12月5日 周六 14:00". */
export const whenText = (t: Instant) => formatShanghai(t, 'M月D日 ddd HH:mm')

/** "14:00" when the instant is today in Shanghai, else "11月28日 14:00". */
export const timeOrDate = (t: Instant) => formatShanghai(t, shanghaiDay(t) === shanghaiDay() ? 'HH:mm' : 'M月D日 HH:mm')

/**
 * How long ago, as dayjs' zh-cn relativeTime says it: "3 分钟前", "1 小时前", "3 天前". Under 45
 * seconds (or a clock slightly ahead): "刚刚". From 26 days, where dayjs would say months: the date
 * ("9月29日"; another year: "2025年10月24日").
 */
export function fromNow(t: Instant, now: Instant = Date.now()): string {
  const then = shanghai(t)
  const at = shanghai(now)
  const seconds = at.diff(then, 'second')
  if (seconds < 45) return '刚刚'
  if (at.diff(then, 'day', true) < 25.5) return then.from(at)
  return then.format(then.year() === at.year() ? 'M月D日' : 'YYYY年M月D日')
}
