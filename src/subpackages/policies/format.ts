import type { PolicySummary } from '../../../contract/policies'
import { BENEFIT_KINDS, WINDOW_STATES } from '../../../contract/policies'
import { dayText } from '../../services/time'

// Shanghai is UTC+8 all year: wall-clock parts of an instant, whatever the phone's time zone.
const wall = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3600_000)
const WEEKDAYS = '日一二三四五六'
const pad = (n: number) => String(n).padStart(2, '0')

/** 11月24日 周二 14:00 */
export function hourLabel(iso: string): string {
  const d = wall(iso)
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 周${WEEKDAYS[d.getUTCDay()]} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

/** 14:00–15:00 */
export const timeRange = (from: string, to: string) => {
  const a = wall(from)
  const b = wall(to)
  return `${pad(a.getUTCHours())}:${pad(a.getUTCMinutes())}–${pad(b.getUTCHours())}:${pad(b.getUTCMinutes())}`
}

/** 2026-11-24 */
export const dayOf = (iso: string) => wall(iso).toISOString().slice(0, 10)

/** ¥12,000 / ¥1.2万: amounts people read at a glance. */
export function yuan(n: number): string {
  if (n >= 10_000) {
    const wan = n / 10_000
    return `${Number.isInteger(wan) ? wan : wan.toFixed(1).replace(/\.0$/, '')} 万元`
  }
  return `${n.toLocaleString('zh-CN')} 元`
}

/** 最高 2 万元 / 1 万–5 万元 / 服务保障 */
export function benefitAmount(p: Pick<PolicySummary, 'benefitKind' | 'benefitMin' | 'benefitMax'>): string {
  if (p.benefitKind === 'service') return BENEFIT_KINDS.service
  const { benefitMin: min, benefitMax: max } = p
  if (min !== null && max !== null && min !== max) return `${yuan(min)}–${yuan(max)}`
  if (max !== null) return `最高 ${yuan(max)}`
  return min !== null ? yuan(min) : ''
}

/** 受理中 · 还剩 12 天 / 常年受理 / 已截止 */
export function windowLabel(p: Pick<PolicySummary, 'window' | 'daysLeft' | 'opensOn'>): string {
  if (p.window === 'upcoming') return `${p.opensOn ? dayText(p.opensOn) : ''} 开始受理`
  if ((p.window === 'open' || p.window === 'closing') && p.daysLeft !== null)
    return p.daysLeft === 0 ? '今天截止' : `${WINDOW_STATES[p.window]} · 还剩 ${p.daysLeft} 天`
  return WINDOW_STATES[p.window]
}
