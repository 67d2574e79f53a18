import { getDayDetail } from 'chinese-days'

// China's official working calendar (holidays and make-up workdays 调休) comes from the
// `chinese-days` package's data, which ends at the last year the State Council had published when
// the package was released. Past that year working time counts weekends only: the app says so
// instead of pretending to know next year's holidays.

/** The last year the calendar data covers (its 1 January is named 元旦). */
export const LAST_CALENDAR_YEAR: number = (() => {
  let year = 2020
  while (year < 2100 && getDayDetail(`${year + 1}-01-01`).name.includes('元旦')) year++
  return year
})()

/** Whether a Shanghai date (YYYY-MM-DD) is within the calendar data. */
export const calendarCovers = (date: string) => Number(date.slice(0, 4)) <= LAST_CALENDAR_YEAR

/** What a deadline on `date` needs said about it, or null when the calendar covers it. */
export const calendarNote = (date: string): string | null =>
  calendarCovers(date) ? null : `${date.slice(0, 4)} 年的法定节假日尚未收录，时限只按周末推算`

/**
 * The start-up warning: deadlines (up to `horizonDays` ahead of `today`) may fall past the data.
 * Null while the data reaches beyond them.
 */
export function calendarWarning(today: string, horizonDays = 60): string | null {
  const horizon = new Date(`${today}T00:00:00Z`)
  horizon.setUTCDate(horizon.getUTCDate() + horizonDays)
  const last = horizon.toISOString().slice(0, 10)
  if (calendarCovers(last)) return null
  return `工作日历（chinese-days）只收录到 ${LAST_CALENDAR_YEAR} 年：之后的办理时限只按周末推算，未计法定节假日与调休。升级 chinese-days 以获得新一年的日历。`
}
