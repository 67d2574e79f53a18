import type { DemandCategory, Urgency } from '../../../contract/demands'
import { addDays, shanghaiDate, shanghaiInstant, SHANGHAI_OFFSET_MS } from '../../../server/time/shanghai'
import { isWorkingDay } from '../../../server/time/working-days'

// Deadlines count working time on China's official calendar: working days from `chinese-days`
// (its data ships in the package: holidays and make-up workdays 调休, nothing fetched), office
// hours 09:00–17:00 Shanghai time. Years past the package's data count weekends only; upgrading
// the package brings the next year's calendar.
export const DAY_START = 9 * 60
export const DAY_END = 17 * 60
const MINUTES_PER_DAY = DAY_END - DAY_START

/** Working hours allowed to solve a demand, by urgency (12345's 特急/紧急/一般 time limits). */
export const SLA_HOURS: Record<Urgency, number> = { critical: 8, urgent: 24, normal: 80 }
/** Matters that need outside procedures (land, environmental review, approvals) get twice as long. */
export const SLOW_CATEGORIES: readonly DemandCategory[] = ['land', 'environment', 'approval']
/** A reminder goes to the holder this much working time before the deadline. */
export const REMIND_BEFORE_MINUTES = 4 * 60
/** 退回重办 is possible this many days after closure. */
export const REOPEN_DAYS = 15

export function slaMinutes(urgency: Urgency, category: DemandCategory): number {
  return SLA_HOURS[urgency] * 60 * (SLOW_CATEGORIES.includes(category) ? 2 : 1)
}

/** Whether a Shanghai date is a working day (the one calendar: server/time/working-days.ts). */
export { isWorkingDay }

const minuteOfDay = (at: Date) => {
  const s = new Date(at.getTime() + SHANGHAI_OFFSET_MS)
  return s.getUTCHours() * 60 + s.getUTCMinutes() + s.getUTCSeconds() / 60
}

/** The instant `minutes` of working time after `from`. */
export function addWorkingMinutes(from: Date, minutes: number): Date {
  let date = shanghaiDate(from)
  let minute = minuteOfDay(from)
  let left = minutes
  for (let guard = 0; guard < 3700; guard++) {
    if (isWorkingDay(date)) {
      const start = Math.max(minute, DAY_START)
      if (start < DAY_END) {
        const room = DAY_END - start
        if (left <= room) return new Date(shanghaiInstant(date).getTime() + (start + left) * 60_000)
        left -= room
      }
    }
    date = addDays(date, 1)
    minute = 0
  }
  throw new Error('deadline beyond ten years')
}

/** Working minutes between two instants (0 when `to` is not after `from`). */
export function workingMinutesBetween(from: Date, to: Date): number {
  if (to <= from) return 0
  let total = 0
  let date = shanghaiDate(from)
  const last = shanghaiDate(to)
  for (let guard = 0; guard < 3700; guard++) {
    if (isWorkingDay(date)) {
      const start = date === shanghaiDate(from) ? Math.max(minuteOfDay(from), DAY_START) : DAY_START
      const end = date === last ? Math.min(minuteOfDay(to), DAY_END) : DAY_END
      if (end > start) total += end - start
    }
    if (date === last) return Math.round(total)
    date = addDays(date, 1)
  }
  throw new Error('interval beyond ten years')
}

/** A demand's deadline and its reminder time, counted from `from`. */
export function clockFrom(from: Date, minutes: number): { dueAt: Date; remindAt: Date | null } {
  const dueAt = addWorkingMinutes(from, minutes)
  const remindAt = minutes > REMIND_BEFORE_MINUTES ? addWorkingMinutes(from, minutes - REMIND_BEFORE_MINUTES) : null
  return { dueAt, remindAt }
}

export const workingDaysOf = (minutes: number) => minutes / MINUTES_PER_DAY
