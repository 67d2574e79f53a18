import type { ServiceWindow } from '../tables'
import { addDays, shanghaiDate, shanghaiInstant, toHHMM, toMinutes } from '../../../server/time/shanghai'

/** One bookable slot of a service day. Minutes may pass 1440 in windows that run past midnight. */
export interface CanteenSlot {
  windowIndex: number
  windowName: string
  /** The service day the window starts on. */
  date: string
  start: string
  end: string
  startsAt: Date
  endsAt: Date
}

/** A window's span in minutes of its service day; end ≤ start means it closes after midnight. */
export function windowSpan(w: ServiceWindow): { start: number; end: number } {
  return { start: w.start, end: w.end <= w.start ? w.end + 1440 : w.end }
}

export const ALL_DAYS = [1, 2, 3, 4, 5, 6, 7]

/** The weekday of a calendar day, 1 = Monday … 7 = Sunday. */
export const weekdayOf = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay() || 7

export function slotsOf(c: { windows: ServiceWindow[]; slot_minutes: number }, date: string): CanteenSlot[] {
  const out: CanteenSlot[] = []
  const weekday = weekdayOf(date)
  c.windows.forEach((w, windowIndex) => {
    if (!(w.days ?? ALL_DAYS).includes(weekday)) return
    const { start, end } = windowSpan(w)
    for (let m = start; m + c.slot_minutes <= end; m += c.slot_minutes) {
      out.push({
        windowIndex,
        windowName: w.name,
        date,
        start: toHHMM(m % 1440),
        end: toHHMM((m + c.slot_minutes) % 1440),
        startsAt: shanghaiInstant(date, m),
        endsAt: shanghaiInstant(date, m + c.slot_minutes),
      })
    }
  })
  return out
}

/**
 * The service days open for booking now: today and the next booking_days − 1, plus last night's
 * while its window still serves past midnight. Staff act on these days only (close); beyond
 * them there is nothing booked to protect and nothing the counter shows.
 */
export function bookingDates(
  c: { windows: ServiceWindow[]; slot_minutes: number; booking_days: number },
  now: Date,
): string[] {
  const today = shanghaiDate(now)
  const dates = Array.from({ length: c.booking_days }, (_, i) => addDays(today, i))
  const yesterday = addDays(today, -1)
  if (slotsOf(c, yesterday).some((s) => s.endsAt > now)) dates.unshift(yesterday)
  return dates
}

export const findSlot = (c: { windows: ServiceWindow[]; slot_minutes: number }, date: string, start: string) =>
  slotsOf(c, date).find((s) => s.start === start)

const WEEK = 7 * 1440
const DAY_NAMES = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日']

/**
 * Windows as people set them: HH:MM, on chosen weekdays, a whole number of slots each, never
 * overlapping on the same day (a window past midnight runs into the next day's morning).
 * Answers the stored windows, or why not in Chinese.
 */
export function parseWindows(
  windows: { name: string; start: string; end: string; days?: number[] }[],
  slotMinutes: number,
): ServiceWindow[] | string {
  if (!Number.isInteger(slotMinutes) || slotMinutes <= 0) return '每个餐位的时长应大于 0 分钟'
  const parsed: ServiceWindow[] = windows.map((w) => ({
    name: w.name,
    start: toMinutes(w.start),
    end: toMinutes(w.end) % 1440,
    days: [...new Set(w.days ?? ALL_DAYS)].sort((a, b) => a - b),
  }))
  for (const w of parsed) {
    const { start, end } = windowSpan(w)
    if (end - start < slotMinutes) return `「${w.name}」时段短于一个餐位时长（${slotMinutes} 分钟）`
    if ((end - start) % slotMinutes !== 0)
      return `「${w.name}」时段 ${end - start} 分钟，不能按每 ${slotMinutes} 分钟一个餐位整分，请调整时段或餐位时长`
    if (w.days!.length === 0) return `「${w.name}」请至少选择一天`
  }
  // Every window on every weekday as a span of the week (minutes from Monday 00:00, wrapping).
  const spans = parsed.flatMap((w) =>
    w.days!.map((d) => {
      const { start, end } = windowSpan(w)
      return { name: w.name, day: d, start: (d - 1) * 1440 + start, end: (d - 1) * 1440 + end }
    }),
  )
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    [0, WEEK, -WEEK].some((shift) => a.start < b.end + shift && b.start + shift < a.end)
  for (let i = 0; i < spans.length; i++)
    for (let j = i + 1; j < spans.length; j++)
      if (overlaps(spans[i], spans[j])) {
        const [a, b] = [spans[i], spans[j]]
        return a.name === b.name
          ? `「${a.name}」在${DAY_NAMES[a.day]}与自己重叠`
          : `供餐时段不能重叠：${DAY_NAMES[a.day]}「${a.name}」与${DAY_NAMES[b.day]}「${b.name}」时间重叠`
      }
  return parsed
}
