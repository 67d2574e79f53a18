import { dayWords, formatShanghai, whenWords } from '../../server/time/shanghai'

// Dates inside server messages read as people say them (issue 25: 「2026-11-23 12:05 核销」 →
// 「11月23日 周一 12:05」); machine fields and WeChat's time fields keep their formats.
describe('server/time: dates in words', () => {
  // 2026-11-23 12:05 in Shanghai is 04:05 UTC; 23:30 on Saturday 28th is 15:30 UTC.
  const noonMonday = new Date('2026-11-23T04:05:00.000Z')

  test('an instant, an ISO string and formatShanghai’s text give the same words, in Shanghai time', () => {
    expect(whenWords(noonMonday)).toBe('11月23日 周一 12:05')
    expect(whenWords('2026-11-23T04:05:00.000Z')).toBe('11月23日 周一 12:05')
    expect(whenWords(formatShanghai(noonMonday))).toBe('11月23日 周一 12:05')
    expect(formatShanghai(noonMonday)).toBe('2026-11-23 12:05')
    // Late on Saturday in Shanghai is still Saturday (UTC is the same day, Los Angeles the day before).
    expect(whenWords(new Date('2026-11-28T15:30:00.000Z'))).toBe('11月28日 周六 23:30')
    expect(whenWords(new Date('2026-11-28T16:30:00.000Z'))).toBe('11月29日 周日 00:30')
  })

  test('a calendar date has no time; the year only when it is not this year', () => {
    expect(dayWords('2026-12-20')).toBe('12月20日 周日')
    expect(whenWords('2026-12-20')).toBe('12月20日 周日')
    expect(dayWords('2027-01-04', noonMonday)).toBe('2027年1月4日 周一')
    expect(dayWords('2026-12-31', noonMonday)).toBe('12月31日 周四')
    expect(whenWords(new Date('2027-01-04T01:00:00.000Z'), noonMonday)).toBe('2027年1月4日 周一 09:00')
  })

  test('text that is already words is left alone', () => {
    expect(whenWords('每周三 14:00')).toBe('每周三 14:00')
  })
})
