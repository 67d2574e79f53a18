import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { POLICY_CATEGORIES, POLICY_TOPICS, type PolicySummary } from '../../../../contract/policies'
import { PLACES } from '../../../../contract/policy-rules'
import { benefitAmount, windowLabel } from '../format'
import { Verdict } from './Verdict'
import { Pressable } from '../../../components/Pressable'

/** One policy in a list: what it gives, by whom, until when, and whether it is for me. */
export function PolicyCard({ p, note }: { p: PolicySummary; note?: string }) {
  const open = () => Taro.navigateTo({ url: `/subpackages/policies/detail?id=${p.id}` })
  return (
    <View className="card pol-card" role="listitem" aria-label={p.title}>
      <Pressable className="pol-card__title" onPress={open}>
        {p.title}
      </Pressable>
      <View className="pol-card__tags">
        <Verdict e={p.eligibility} />
        <Text className="pol-tag">{POLICY_CATEGORIES[p.category]}</Text>
        <Text className="pol-tag pol-tag--topic">{POLICY_TOPICS[p.topic]}</Text>
        <Text className={`pol-window pol-window--${p.window}`}>{windowLabel(p)}</Text>
        {p.favourite && <Text className="pol-tag pol-tag--fav">已收藏</Text>}
        {p.benefitKind === 'loan' && <Text className="pol-tag">与其他贷款择一享受</Text>}
        {p.benefitKind === 'prize' && <Text className="pol-tag">需参赛获奖，非补贴</Text>}
      </View>
      <Text className="pol-card__benefit">
        {benefitAmount(p)}
        {p.benefitKind !== 'service' ? ` · ${p.benefitText}` : `：${p.benefitText}`}
      </Text>
      <Text className="muted pol-card__meta">
        {PLACES[p.region]} · {p.issuer}
      </Text>
      {note && <Text className="pol-card__note">{note}</Text>}
    </View>
  )
}
