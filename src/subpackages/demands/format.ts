import { formatShanghai, fromNow as ago, shanghaiDay } from '../../services/time'

/** "11月23日 周一 17:00" (Shanghai), "2025年11月23日 周日 17:00" for another year. */
export function when(iso: string | null | undefined): string {
  if (!iso) return ''
  const sameYear = shanghaiDay(iso).slice(0, 4) === shanghaiDay().slice(0, 4)
  return formatShanghai(iso, sameYear ? 'M月D日 ddd HH:mm' : 'YYYY年M月D日 ddd HH:mm')
}

export const percent = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`)
export const fromNow = (iso: string) => ago(iso)

/** 17:00 Shanghai of a calendar date, as the instant the server takes. */
export const fivePm = (date: string) => `${date}T17:00:00+08:00`
