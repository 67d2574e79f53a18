import type { Hours } from '../../../contract/stations'
import { WEEKDAYS } from '../../../contract/stations'
import { shanghaiClock, toHHMM, toMinutes } from '../../../server/time/shanghai'

/** A span in minutes; closesMin ≤ opensMin means it runs past midnight into the next day. */
export interface Span {
  weekday: number
  opensMin: number
  closesMin: number
}

export const toSpan = (h: Hours): Span => ({
  weekday: h.weekday,
  opensMin: toMinutes(h.opens),
  closesMin: toMinutes(h.closes),
})
export const fromSpan = (s: Span): Hours => ({
  weekday: s.weekday,
  opens: toHHMM(s.opensMin),
  closes: toHHMM(s.closesMin),
})

const overnight = (s: Span) => s.closesMin <= s.opensMin

/** Open at `at` (Shanghai time)? An overnight span continues into the next day, Saturday night into Sunday. */
export function isOpenAt(spans: Span[], open24h: boolean, closedUntil: Date | null, at: Date): boolean {
  if (closedUntil && closedUntil > at) return false
  return openOnClock(spans, open24h, shanghaiClock(at))
}

/** The hours part of isOpenAt, for a clock read once (nearby tests thousands of stations). */
export function openOnClock(
  spans: Span[],
  open24h: boolean,
  { weekday, minute }: { weekday: number; minute: number },
): boolean {
  if (open24h) return true
  const prev = (weekday + 6) % 7
  return spans.some(
    (s) =>
      (s.weekday === weekday && s.opensMin <= minute && (s.closesMin > minute || overnight(s))) ||
      (s.weekday === prev && overnight(s) && s.closesMin > minute),
  )
}

const DAY_MS = 86_400_000

/**
 * When a station closed at `at` next opens, in words: 今天 17:00 开门, 明天 07:00 开门, 周三 07:00 开门
 * (a temporary closure counts: it opens at the end of the closure if its hours allow). Null when it
 * is open at `at` or does not open within a week.
 */
export function opensText(spans: Span[], open24h: boolean, closedUntil: Date | null, at: Date): string | null {
  if (isOpenAt(spans, open24h, closedUntil, at)) return null
  const from = closedUntil && closedUntil > at ? closedUntil : at
  let next: Date | null = null
  if (openOnClock(spans, open24h, shanghaiClock(from))) next = from
  else {
    const dayStart = dayOf(from)
    const { weekday } = shanghaiClock(from)
    for (let d = 0; d <= 7 && !next; d++) {
      const starts = spans
        .filter((s) => s.weekday === (weekday + d) % 7)
        .map((s) => dayStart + d * DAY_MS + s.opensMin * 60_000)
        .filter((t) => t > from.getTime())
        .sort((a, b) => a - b)
      if (starts.length) next = new Date(starts[0])
    }
  }
  if (!next) return null
  const days = Math.round((dayOf(next) - dayOf(at)) / DAY_MS)
  const when = days === 0 ? '今天' : days === 1 ? '明天' : days === 2 ? '后天' : WEEKDAYS[shanghaiClock(next).weekday]
  return `${when} ${toHHMM(shanghaiClock(next).minute)} 开门`
}

/** Midnight (Shanghai) of the day of `t`, as a number of milliseconds. */
const dayOf = (t: Date) => t.getTime() - shanghaiClock(t).minute * 60_000 - (t.getTime() % 60_000)

/** Today's hours as people read them: 08:00–20:00, 18:00–次日02:00, 全天开放, 今日休息. */
export function todayHoursText(spans: Span[], open24h: boolean, at: Date): string {
  if (open24h) return '24小时开放'
  const { weekday } = shanghaiClock(at)
  const today = spans.filter((s) => s.weekday === weekday).sort((a, b) => a.opensMin - b.opensMin)
  if (today.length === 0) return '今日休息'
  return today.map(spanText).join('、')
}

export function spanText(s: Span): string {
  if (s.opensMin === 0 && (s.closesMin === 1440 || s.closesMin === 0)) return '全天开放'
  return `${toHHMM(s.opensMin)}–${overnight(s) ? '次日' : ''}${toHHMM(s.closesMin)}`
}

export function validateHours(hours: Hours[]): string | null {
  for (const h of hours) {
    const s = toSpan(h)
    if (s.opensMin === 1440) return `${WEEKDAYS[h.weekday]}开门时间不能是 24:00`
  }
  return null
}

/** The stored form of a schedule: the spans as entered, [weekday, opensMin, closesMin][]. */
export const storedHours = (spans: Span[]): string =>
  JSON.stringify(spans.map((s) => [s.weekday, s.opensMin, s.closesMin]))

export const spansOf = (hours: [number, number, number][]): Span[] =>
  hours.map(([weekday, opensMin, closesMin]) => ({ weekday, opensMin, closesMin }))
