// The client's one Shanghai-time module (src/services/time.ts): the same answers whatever zone
// the phone is set to.
import {
  addDays,
  formatShanghai,
  fromNow,
  shanghaiDay,
  shanghaiInstant,
  shanghaiWeekday,
  timeOrDate,
  weekdayLabel,
} from '../../src/services/time'
import { timeRange, weekStrip } from '../../src/subpackages/activities/format'

const zone = process.env.TZ
afterAll(() => {
  process.env.TZ = zone
})

describe.each(['Asia/Shanghai', 'America/Los_Angeles', 'UTC'])('Shanghai time on a phone set to %s', (tz) => {
  beforeAll(() => {
    process.env.TZ = tz
  })

  // 2026-11-28 23:30 in Shanghai is 15:30 UTC and 07:30 the same day in Los Angeles.
  const lateSaturday = '2026-11-28T15:30:00.000Z'

  test('dates, weekdays and wall-clock times are Shanghai’s', () => {
    expect(shanghaiDay(lateSaturday)).toBe('2026-11-28')
    expect(shanghaiDay('2026-11-28T16:30:00.000Z')).toBe('2026-11-29')
    expect(shanghaiWeekday(lateSaturday)).toBe(6)
    expect(formatShanghai(lateSaturday, 'M月D日 ddd HH:mm')).toBe('11月28日 周六 23:30')
    expect(weekdayLabel('2026-11-30')).toBe('周一')
  })

  test('a Shanghai date and time back to an instant; calendar arithmetic', () => {
    expect(shanghaiInstant('2026-11-28', '23:30')).toBe(lateSaturday)
    expect(addDays('2026-11-28', 1)).toBe('2026-11-29')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    // Across the days Los Angeles changes its clocks (Shanghai never does).
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08')
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09')
    expect(addDays('2026-10-31', 2)).toBe('2026-11-02')
    expect(weekdayLabel('2026-03-08')).toBe('周日')
  })

  test('activities: time ranges and the week strip', () => {
    expect(timeRange('2026-11-28T06:00:00Z', '2026-11-28T08:00:00Z')).toBe('11月28日 周六 14:00–16:00')
    expect(timeRange('2026-11-28T15:00:00Z', '2026-11-28T17:00:00Z')).toBe('11月28日 周六 23:00–11月29日 01:00')
    const strip = weekStrip(new Date(lateSaturday))
    expect(strip.map((d) => d.date)).toEqual([
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
    ])
    expect(strip.slice(0, 3).map((d) => `${d.label} ${d.sub}`)).toEqual(['今天 11/28', '明天 11/29', '周一 11/30'])
  })

  test('relative times for the inbox', () => {
    const now = '2026-11-28T15:30:00.000Z'
    const ago = (s: number) => fromNow(new Date(Date.parse(now) - s * 1000), now)
    expect(ago(10)).toBe('刚刚')
    expect(ago(3 * 60)).toBe('3 分钟前')
    expect(ago(2 * 3600)).toBe('2 小时前')
    expect(ago(3 * 86400)).toBe('3 天前')
    expect(ago(60 * 86400)).toBe('9月29日')
    expect(ago(400 * 86400)).toBe('2025年10月24日')
    // dayjs' relativeTime bands (zh-cn): from 45 minutes an hour, from 22 hours a day.
    expect(ago(-30)).toBe('刚刚')
    expect(ago(60)).toBe('1 分钟前')
    expect(ago(44 * 60)).toBe('44 分钟前')
    expect(ago(45 * 60)).toBe('1 小时前')
    expect(ago(22 * 3600)).toBe('1 天前')
    expect(ago(25 * 86400)).toBe('25 天前')
    // Where dayjs would say months, the date.
    expect(ago(26 * 86400)).toBe('11月2日')
    expect(formatShanghai(now, 'YYYY-MM-DD HH:mm ddd')).toBe('2026-11-28 23:30 周六')
  })

  test('today shows the time only', () => {
    const now = new Date()
    expect(timeOrDate(now)).toBe(formatShanghai(now, 'HH:mm'))
    expect(timeOrDate(now.getTime() + 3 * 86_400_000)).toMatch(/^\d+月\d+日 \d\d:\d\d$/)
  })
})
