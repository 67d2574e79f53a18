import type { PolicySummary } from '../../../contract/policies'
import { BENEFIT_KINDS, WINDOW_STATES } from '../../../contract/policies'
import { dayText, formatShanghai, shanghaiDay, whenText } from '../../services/time'

/** 11月24日 周二 14:00 (Shanghai, src/services/time.ts) */
export const hourLabel = (iso: string) => whenText(iso)

/** 14:00–15:00 */
export const timeRange = (from: string, to: string) => `${formatShanghai(from, 'HH:mm')}–${formatShanghai(to, 'HH:mm')}`

/** 11月24日 周二: the Shanghai day of an instant, as people read it. */
export const dayOf = (iso: string) => dayText(shanghaiDay(iso))

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
