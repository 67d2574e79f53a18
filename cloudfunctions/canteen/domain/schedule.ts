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

export function slotsOf(c: { windows: ServiceWindow[]; slot_minutes: number }, date: string): CanteenSlot[] {
  const out: CanteenSlot[] = []
  c.windows.forEach((w, windowIndex) => {
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

/** Windows as people set them: HH:MM, not overlapping (also across midnight), each fitting one slot. */
export function parseWindows(
  windows: { name: string; start: string; end: string }[],
  slotMinutes: number,
): ServiceWindow[] | string {
  const parsed = windows.map((w) => ({ name: w.name, start: toMinutes(w.start), end: toMinutes(w.end) % 1440 }))
  for (const w of parsed) {
    const { start, end } = windowSpan(w)
    if (end - start < slotMinutes) return `「${w.name}」时段短于一个餐位时长（${slotMinutes} 分钟）`
  }
  const spans = parsed.map(windowSpan).sort((a, b) => a.start - b.start)
  for (let i = 0; i < spans.length; i++) {
    const next = spans[i + 1] ?? { start: spans[0].start + 1440 }
    if (spans.length > 1 && spans[i].end > next.start) return '供餐时段不能重叠'
  }
  return parsed
}
