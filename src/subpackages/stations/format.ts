import dayjs from '../../services/dayjs'

export const distanceText = (m: number) => (m < 1000 ? `${m} 米` : `${(m / 1000).toFixed(1)} 公里`)

/** "14:00" today, "明天 09:00" otherwise. */
export function untilText(iso: string): string {
  const t = dayjs(iso)
  return t.isSame(dayjs(), 'day') ? t.format('HH:mm') : t.format('M月D日 HH:mm')
}
