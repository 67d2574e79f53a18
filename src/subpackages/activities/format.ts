import { addDays, formatShanghai, shanghaiDay, weekdayLabel } from '../../services/time'

/** "11月28日 周六 14:00–16:00" (Shanghai time). */
export function timeRange(startsAt: string, endsAt: string): string {
  const sameDay = shanghaiDay(startsAt) === shanghaiDay(endsAt)
  return `${formatShanghai(startsAt, 'M月D日 ddd HH:mm')}–${formatShanghai(endsAt, sameDay ? 'HH:mm' : 'M月D日 HH:mm')}`
}

/** The next 7 days as a strip: date and its label (今天, 明天, 周三 11/25…). */
export function weekStrip(from: Date): { date: string; label: string; sub: string }[] {
  const first = shanghaiDay(from)
  return Array.from({ length: 7 }, (_, i) => {
    const date = addDays(first, i)
    return {
      date,
      label: i === 0 ? '今天' : i === 1 ? '明天' : weekdayLabel(date),
      sub: `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}`,
    }
  })
}
