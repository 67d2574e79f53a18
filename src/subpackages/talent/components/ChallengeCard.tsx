import { View, Text } from '@tarojs/components'
import type { ChallengeSummary } from '../../../../contract/talent'
import { Pressable } from '../../../components/Pressable'
import { awardText, go, INDUSTRY_CHAINS, stateText } from '../format'
import { Reasons } from './Reasons'

interface Props {
  c: ChallengeSummary & { score?: number; reasons?: string[] }
  /** Where a tap leads (default: the public page). */
  href?: string
  children?: React.ReactNode
}

/** A challenge in a list: public fields only (the summary type has no place for its details). */
export function ChallengeCard({ c, href, children }: Props) {
  const url = href ?? `/subpackages/talent/challenge?id=${c.id}`
  return (
    <View className="card talent-card">
      {/* Named by its own text (title first): a shorter aria-label would hide what is seen (WCAG 2.5.3). */}
      <Pressable role="link" className="talent-card__body" onPress={() => go(url)}>
        <View className="row talent-card__head">
          <Text className="talent-card__title grow">{c.title}</Text>
          {c.score !== undefined && <Text className="talent-score">匹配度 {c.score}</Text>}
        </View>
        <Text className="talent-card__award">{awardText(c)}</Text>
        <Text className="talent-card__summary">{c.summary}</Text>
        <View className="row talent-card__tags">
          <Text className="talent-tag">{INDUSTRY_CHAINS[c.chain]}</Text>
          {c.skills.slice(0, 4).map((s) => (
            <Text key={s} className="talent-tag talent-tag--skill">
              {s}
            </Text>
          ))}
        </View>
        <Text className="muted">
          {c.enterpriseName} · {c.communityName} · {stateText(c)} · {c.takers} 人揭榜
        </Text>
      </Pressable>
      {c.reasons && <Reasons reasons={c.reasons} />}
      {children}
    </View>
  )
}
