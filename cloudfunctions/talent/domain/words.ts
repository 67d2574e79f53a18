import type { Explained } from '../../../server/matching/concepts'
import { normalizeText } from '../../../server/matching/text'
import {
  AVAILABILITY,
  INDUSTRY_CHAINS,
  PLACES,
  type Availability,
  type IndustryChain,
  type Place,
} from '../../../contract/talent-vocabulary'

// How a recommendation explains itself: each scoring component the query returns, in words.
export const CHAIN_LABEL: Record<IndustryChain, string> = INDUSTRY_CHAINS

export const placeLabel = (place: string) => PLACES[place as Place]?.label ?? place

/** One decimal, as people read ratings: 4.7 分. */
export const ratingOf = (sum: number, count: number) => (count > 0 ? Math.round((sum / count) * 10) / 10 : null)

export interface MatchFacts {
  matched: string[]
  /** Concepts matched (server/matching explain), with the other side's own words for them. */
  concepts?: Explained[]
  /** Who wrote the other words: 「（专家：Fluent）」 for an enterprise, 「（你：Fluent）」 for the expert. */
  side?: string
  sameChain: boolean
  chain: string
  km: number | null
  /** The candidate is overseas (no distance: works remotely). */
  remote: boolean
  availability?: Availability | null
  dualWanted?: boolean
  ratingSum: number
  ratingCount: number
  /** Whose ratings: the expert's (enterprise side) or the enterprise's (expert side). */
  ratedParty: '过往评价' | '企业口碑'
}

export function reasons(f: MatchFacts): string[] {
  const out: string[] = []
  if (f.matched.length) out.push(`共同技能：${f.matched.join('、')}`)
  const said = new Set(f.matched.map(normalizeText))
  const concepts = (f.concepts ?? []).filter(
    (c) => !said.has(normalizeText(c.label)) && !said.has(normalizeText(c.as ?? '')),
  )
  if (concepts.length)
    out.push(
      `${f.matched.length ? '相关领域' : '擅长领域'}：${concepts
        .map((c) => (c.as ? `${c.label}（${f.side ?? '对方'}：${c.as}）` : c.label))
        .join('、')}`,
    )
  if (f.sameChain) out.push(`同属${CHAIN_LABEL[f.chain as IndustryChain] ?? f.chain}产业链`)
  if (f.remote) out.push('海外工程师，可远程协作')
  else if (f.km !== null) out.push(f.km < 5 ? '就在附近（5 公里内）' : `相距约 ${Math.round(f.km)} 公里`)
  if (f.availability && f.availability !== 'busy') out.push(AVAILABILITY[f.availability])
  if (f.dualWanted) out.push('愿意双聘')
  const avg = ratingOf(f.ratingSum, f.ratingCount)
  if (avg !== null) {
    out.push(
      avg < 3
        ? `${f.ratedParty}偏低：${avg} 分（${f.ratingCount} 次）`
        : `${f.ratedParty} ${avg} 分（${f.ratingCount} 次）`,
    )
  }
  return out
}

/** A score between 0 and 1 as the 0–100 匹配度 people see. */
export const percent = (score: number) => Math.max(0, Math.min(100, Math.round(score * 100)))
