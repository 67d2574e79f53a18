import Taro from '@tarojs/taro'
import { addDays, shanghaiDay } from '../../services/time'
import {
  AWARD_KINDS,
  CHALLENGE_STATUS,
  INDUSTRY_CHAINS,
  NEED_MODES,
  TAKE_STATUS,
  type ChallengeSummary,
  type IndustryChain,
} from '../../../contract/talent'

export { AWARD_KINDS, CHALLENGE_STATUS, INDUSTRY_CHAINS, NEED_MODES, TAKE_STATUS }
export const CHAINS = Object.keys(INDUSTRY_CHAINS) as IndustryChain[]

/** 300000 → "30 万元"; 8500 → "8500 元" */
export const money = (yuan: number) =>
  yuan >= 10_000 ? `${Number((yuan / 10_000).toFixed(1))} 万元` : `${yuan.toLocaleString('zh-CN')} 元`

export const awardText = (c: Pick<ChallengeSummary, 'awardKind' | 'awardYuan'>) =>
  `${AWARD_KINDS[c.awardKind]} ${money(c.awardYuan)}`

/** "揭榜中 · 截止 12月20日" or the status when not open. */
export function stateText(c: Pick<ChallengeSummary, 'status' | 'open' | 'deadline'>) {
  const [, month, day] = c.deadline.split('-').map(Number)
  if (c.open) return `揭榜中 · ${month}月${day}日截止`
  return c.status === 'open' ? '已截止' : CHALLENGE_STATUS[c.status]
}

/** Skills typed as one line: separated by 、 , ， or spaces. */
export const splitSkills = (text: string) =>
  text
    .split(/[、,，;；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean)

/** A Shanghai date `days` from today, YYYY-MM-DD. */
export const dateFromToday = (days: number) => addDays(shanghaiDay(), days)

export const go = (url: string) => Taro.navigateTo({ url })
