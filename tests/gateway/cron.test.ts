import { nextTick, parseCron } from '../../gateway/cron'

// Times are written in UTC; WeChat cron fields are UTC+8 wall-clock.
describe('WeChat 7-field cron (UTC+8)', () => {
  test('03:30:00 every day, Shanghai time', () => {
    const cron = parseCron('0 30 3 * * * *')
    expect(nextTick(cron, new Date('2026-11-22T10:00:00Z'))?.toISOString()).toBe('2026-11-22T19:30:00.000Z')
  })

  test('every 5 minutes on the second 0', () => {
    const cron = parseCron('0 */5 * * * * *')
    expect(nextTick(cron, new Date('2026-11-22T10:02:31Z'))?.toISOString()).toBe('2026-11-22T10:05:00.000Z')
  })

  test('weekdays at 09:00 skip the weekend (2026-11-22 is a Sunday in Shanghai)', () => {
    const cron = parseCron('0 0 9 * * 1-5 *')
    expect(nextTick(cron, new Date('2026-11-21T02:00:00Z'))?.toISOString()).toBe('2026-11-23T01:00:00.000Z')
  })

  test('a tick strictly after the given time', () => {
    const cron = parseCron('0 0 * * * * *')
    expect(nextTick(cron, new Date('2026-11-22T10:00:00Z'))?.toISOString()).toBe('2026-11-22T11:00:00.000Z')
  })

  test.each([['0 30 3 * * *'], ['0 61 3 * * * *'], ['0 0 25 * * * *'], ['0 */0 * * * * *'], ['x * * * * * *']])(
    'rejects %s',
    (src) => expect(() => parseCron(src)).toThrow(),
  )
})
