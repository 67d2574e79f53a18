import { addWorkingMinutes } from '../../cloudfunctions/demands/domain/sla'
import { calendarNote, calendarWarning, LAST_CALENDAR_YEAR } from '../../server/time/calendar-coverage'

// The working calendar's data ends at a year; deadlines past it are counted on weekends only, and
// the app says so rather than silently (issue 21 §3).
const after = `${LAST_CALENDAR_YEAR + 1}`

test('the last covered year is read from the data: its holidays are known, the next year’s are not', () => {
  expect(LAST_CALENDAR_YEAR).toBeGreaterThanOrEqual(2026)
  // 国庆 1–3 October are holidays in a covered year, so a deadline steps over them.
  const before = new Date(`${LAST_CALENDAR_YEAR}-09-30T16:00:00+08:00`)
  const due = addWorkingMinutes(before, 2 * 60)
  expect(due.getTime()).toBeGreaterThan(new Date(`${LAST_CALENDAR_YEAR}-10-03T23:59:00+08:00`).getTime())
})

test('a deadline past the data carries a note; one inside it does not', () => {
  expect(calendarNote(`${LAST_CALENDAR_YEAR}-06-01`)).toBeNull()
  expect(calendarNote(`${after}-01-05`)).toBe(`${after} 年的法定节假日尚未收录，时限只按周末推算`)
})

test('start-up warns, naming the last covered year, once deadlines can fall past it', () => {
  expect(calendarWarning(`${LAST_CALENDAR_YEAR}-03-01`)).toBeNull()
  const warning = calendarWarning(`${LAST_CALENDAR_YEAR}-12-04`)
  expect(warning).toContain(`只收录到 ${LAST_CALENDAR_YEAR} 年`)
  expect(calendarWarning(`${after}-07-01`)).toContain(`${LAST_CALENDAR_YEAR} 年`)
})
