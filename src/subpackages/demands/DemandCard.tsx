import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { DemandSummary } from '../../../contract/demands'
import { when } from './format'

/** A demand in a list: status, category, urgency, who holds it and by when. */
export function DemandCard({ d }: { d: DemandSummary }) {
  return (
    <View
      className="card item"
      role="button"
      aria-label={`诉求：${d.title}，${d.statusLabel}`}
      onClick={() => Taro.navigateTo({ url: `/subpackages/demands/detail?id=${d.id}` })}
    >
      <View>
        <Text className={`badge ${d.status === 'closed' ? 'badge--ok' : ''}`}>{d.statusLabel}</Text>
        <Text className="badge">{d.categoryLabel}</Text>
        {d.urgency !== 'normal' && <Text className="badge badge--warn">{d.urgencyLabel}</Text>}
        {d.overdue && <Text className="badge badge--warn">已逾期</Text>}
        {d.paused && <Text className="badge">计时暂停</Text>}
      </View>
      <Text className="item__title">{d.title}</Text>
      <Text className="meta">
        {d.enterprise} · {d.community}
        {d.grid ? ` ${d.grid}` : ''}
      </Text>
      <Text className="meta">
        当前：{d.holder}
        {d.dueAt ? ` · 时限 ${when(d.dueAt)}` : ''}
      </Text>
    </View>
  )
}
