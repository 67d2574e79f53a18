import dayjs, { type Dayjs } from 'dayjs'
import 'dayjs/locale/zh-cn'
import relativeTime from 'dayjs/plugin/relativeTime'
import utc from 'dayjs/plugin/utc'

// Shanghai time, once for the whole client. The server stores instants; people read Shanghai's
// wall clock (UTC+8 all year, no daylight saving) whatever zone their phone is set to. Pages never
// add 8 hours themselves: they format and compute through these functions.
dayjs.locale('zh-cn')
dayjs.extend(utc)
// "3 分钟前" in the inbox.
dayjs.extend(relativeTime)

const OFFSET_MS = 8 * 3600_000
const DAY_MS = 86_400_000

/** An instant: ISO string, epoch milliseconds or Date. */
export type Instant = string | number | Date

const ms = (t: Instant) => (t instanceof Date ? t.getTime() : typeof t === 'number' ? t : new Date(t).getTime())

/** The instant as a dayjs whose fields read Shanghai's wall clock (for display and calendar fields). */
export const inShanghai = (t: Instant = Date.now()): Dayjs => dayjs.utc(ms(t) + OFFSET_MS)

/** Format an instant in Shanghai time: formatShanghai(iso, 'M月D日 HH:mm'). */
export const formatShanghai = (t: Instant, pattern: string) => inShanghai(t).format(pattern)

/** Shanghai calendar date (YYYY-MM-DD) of an instant, now by default. */
export const shanghaiDay = (t: Instant = Date.now()) => inShanghai(t).format('YYYY-MM-DD')

/** Shanghai weekday of an instant: 0 = 周日 … 6 = 周六. */
export const shanghaiWeekday = (t: Instant = Date.now()) => inShanghai(t).day()

/** A Shanghai date and wall-clock time ('2026-11-28', '14:00') as an ISO instant. */
export const shanghaiInstant = (day: string, time = '00:00') => new Date(`${day}T${time}:00+08:00`).toISOString()

/** A Shanghai date n days later (or earlier). */
export const addDays = (day: string, n: number) => shanghaiDay(new Date(`${day}T12:00:00+08:00`).getTime() + n * DAY_MS)

/** The weekday of a Shanghai date, in Chinese (周一…周日). */
export const weekdayLabel = (day: string) => dayjs.utc(day).format('ddd')

/** "14:00" when the instant is today in Shanghai, else "11月28日 14:00". */
export const timeOrDate = (t: Instant) => formatShanghai(t, shanghaiDay(t) === shanghaiDay() ? 'HH:mm' : 'M月D日 HH:mm')

/** "3 分钟前", "2 天前". */
export const fromNow = (t: Instant) => dayjs(ms(t)).fromNow()
