import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { nextTick, parseCron } from '../../gateway/cron'

const at = (cron: string, after: string) => nextTick(parseCron(cron), new Date(after))?.toISOString()

// Times are written in UTC; WeChat cron fields are UTC+8 wall-clock.
describe('WeChat 7-field cron (UTC+8)', () => {
  test('every timer trigger in cloudfunctions/*/config.json parses and has a next tick', () => {
    const root = path.resolve(__dirname, '..', '..', 'cloudfunctions')
    const triggers: string[] = []
    for (const dir of readdirSync(root, { withFileTypes: true })) {
      const file = path.join(root, dir.name, 'config.json')
      if (!dir.isDirectory() || !existsSync(file)) continue
      const config = JSON.parse(readFileSync(file, 'utf8'))
      for (const t of config.triggers ?? []) if (t.type === 'timer') triggers.push(t.config)
    }
    expect(triggers.length).toBeGreaterThanOrEqual(5)
    for (const t of triggers) expect(nextTick(parseCron(t), new Date('2026-12-31T15:59:59Z'))).not.toBeNull()
  })

  test('03:30:00 every day, Shanghai time', () => {
    expect(at('0 30 3 * * * *', '2026-11-22T10:00:00Z')).toBe('2026-11-22T19:30:00.000Z')
  })

  test('every 5 minutes on the second 0', () => {
    expect(at('0 */5 * * * * *', '2026-11-22T10:02:31Z')).toBe('2026-11-22T10:05:00.000Z')
  })

  test('weekdays at 09:00 skip the weekend (2026-11-22 is a Sunday in Shanghai)', () => {
    expect(at('0 0 9 * * 1-5 *', '2026-11-21T02:00:00Z')).toBe('2026-11-23T01:00:00.000Z')
  })

  test('a tick strictly after the given time', () => {
    expect(at('0 0 * * * * *', '2026-11-22T10:00:00Z')).toBe('2026-11-22T11:00:00.000Z')
    expect(at('0 0 * * * * *', '2026-11-22T10:00:00.500Z')).toBe('2026-11-22T11:00:00.000Z')
  })

  test('the 1st of the month is the Shanghai 1st: crossing a month boundary', () => {
    // 2026-11-30T16:00Z is already 2026-12-01 00:00 in Shanghai.
    expect(at('0 0 0 1 * * *', '2026-11-15T00:00:00Z')).toBe('2026-11-30T16:00:00.000Z')
    // 31st: skips 30-day November to December 31st.
    expect(at('0 0 12 31 * * *', '2026-11-01T00:00:00Z')).toBe('2026-12-31T04:00:00.000Z')
  })

  test('crossing a year boundary, with the year field', () => {
    // New Year in Shanghai is 16:00 UTC on 31 December.
    expect(at('0 0 0 1 1 * *', '2026-06-01T00:00:00Z')).toBe('2026-12-31T16:00:00.000Z')
    expect(at('0 30 3 * * * 2027', '2026-12-31T10:00:00Z')).toBe('2026-12-31T19:30:00.000Z')
    expect(at('0 0 8 * * * 2028', '2026-12-31T10:00:00Z')).toBe('2028-01-01T00:00:00.000Z')
    expect(at('0 0 8 * * * 2025', '2026-12-31T10:00:00Z')).toBeUndefined()
  })

  test('weekday 7 is Sunday; day and weekday both restricted match either (classic cron)', () => {
    // 2026-11-29 is a Sunday in Shanghai.
    expect(at('0 0 9 * * 7 *', '2026-11-23T00:00:00Z')).toBe('2026-11-29T01:00:00.000Z')
    // 15th of the month or any Monday: from Sat 2026-11-14 the 15th (Sunday) comes first, then Monday 16th.
    expect(at('0 0 9 15 * 1 *', '2026-11-14T00:00:00Z')).toBe('2026-11-15T01:00:00.000Z')
    expect(at('0 0 9 15 * 1 *', '2026-11-15T02:00:00Z')).toBe('2026-11-16T01:00:00.000Z')
  })

  test('a/n runs from a to the end of the field', () => {
    expect(at('0 5/20 * * * * *', '2026-11-22T10:26:00Z')).toBe('2026-11-22T10:45:00.000Z')
  })

  test.each([
    ['0 30 3 * * *'],
    ['0 30 3 * *'],
    ['0 0 0 1 1 * * *'],
    ['0 61 3 * * * *'],
    ['0 0 25 * * * *'],
    ['0 0 0 32 * * *'],
    ['0 0 0 * 13 * *'],
    ['0 */0 * * * * *'],
    ['x * * * * * *'],
    [''],
  ])('rejects "%s"', (src) => expect(() => parseCron(src)).toThrow())
})
