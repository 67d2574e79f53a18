import dayjs, { shanghaiDay } from '../../services/dayjs'

/** "11-23 17:00" (Shanghai), "2025-11-23 17:00" for another year. */
export function when(iso: string | null | undefined): string {
  if (!iso) return ''
  const d = new Date(iso)
  const local = new Date(d.getTime() + 8 * 3600_000).toISOString()
  const sameYear = shanghaiDay(d).slice(0, 4) === shanghaiDay(new Date()).slice(0, 4)
  return `${sameYear ? local.slice(5, 10) : local.slice(0, 10)} ${local.slice(11, 16)}`
}

export const percent = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`)
export const fromNow = (iso: string) => dayjs(iso).fromNow()

/** 17:00 Shanghai of a calendar date, as the instant the server takes. */
export const fivePm = (date: string) => `${date}T17:00:00+08:00`
