import { isWorkday } from 'chinese-days'
import { addDays } from './shanghai'

// Working days on China's official calendar (chinese-days: weekends and holidays off, make-up
// workdays 调休 on; its data ships in the package). Past the data's last year only weekends count
// (server/time/calendar-coverage.ts says so).

const workdays = new Map<string, boolean>()

/** Whether a Shanghai date (YYYY-MM-DD) is a working day. */
export function isWorkingDay(date: string): boolean {
  let w = workdays.get(date)
  if (w === undefined) {
    w = isWorkday(date)
    if (workdays.size > 5000) workdays.clear()
    workdays.set(date, w)
  }
  return w
}

/** The date `n` working days after `date` (the day itself not counted; n = 0: the date itself). */
export function addWorkingDays(date: string, n: number): string {
  let d = date
  for (let left = n, guard = 0; left > 0; guard++) {
    if (guard > 3700) throw new Error('beyond ten years')
    d = addDays(d, 1)
    if (isWorkingDay(d)) left--
  }
  return d
}

/** The next `count` working days from `date` (included when it is one). */
export function workingDaysFrom(date: string, count: number): string[] {
  const out: string[] = []
  for (let d = date, guard = 0; out.length < count && guard < 3700; d = addDays(d, 1), guard++) {
    if (isWorkingDay(d)) out.push(d)
  }
  return out
}
