import dayjs, { shanghaiDay } from '../../services/dayjs'

export { shanghaiDay }

// Shanghai wall clock whatever the phone's zone: shift to UTC+8 and read the UTC fields.
const sh = (iso: string) => dayjs(new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 19))

/** "11月28日 周六 14:00–16:00" */
export function timeRange(startsAt: string, endsAt: string): string {
  const s = sh(startsAt)
  const e = sh(endsAt)
  const sameDay = s.format('YYYY-MM-DD') === e.format('YYYY-MM-DD')
  return `${s.format('M月D日 ddd HH:mm')}–${sameDay ? e.format('HH:mm') : e.format('M月D日 HH:mm')}`
}

/** The next 7 days as a strip: date and its label (今天, 明天, 周三 11/25…). */
export function weekStrip(from: Date): { date: string; label: string; sub: string }[] {
  return Array.from({ length: 7 }, (_, i) => {
    const date = shanghaiDay(new Date(from.getTime() + i * 86_400_000))
    const d = dayjs(date)
    return { date, label: i === 0 ? '今天' : i === 1 ? '明天' : d.format('ddd'), sub: d.format('M/D') }
  })
}
