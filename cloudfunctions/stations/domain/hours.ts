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
