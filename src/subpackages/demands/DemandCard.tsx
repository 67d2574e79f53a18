import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { DemandSummary } from '../../../contract/demands'
import { Pressable } from '../../components/Pressable'
import { roleProps } from '../../platform/a11y'
import { when } from './format'

/**
 * A demand in a list: status, category, urgency, who holds it and by when. The row is a list item
 * named by its title and status; the link inside is named by what it shows (a name of its own
 * would not contain the visible words, which screen-reader voice control users say).
 */
export function DemandCard({ d }: { d: DemandSummary }) {
  return (
    <View {...roleProps('listitem')} aria-label={`${d.title}，${d.statusLabel}`}>
      <Pressable
        className="card item"
        role="link"
        onPress={() => Taro.navigateTo({ url: `/subpackages/demands/detail?id=${d.id}` })}
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
      </Pressable>
    </View>
  )
}

/** Demands as a list (role list, each row a listitem); nothing when there are none. */
export function DemandList({ label, items }: { label: string; items: DemandSummary[] }) {
  if (items.length === 0) return null
  return (
    <View className="list" {...roleProps('list')} aria-label={label}>
      {items.map((d) => (
        <DemandCard key={d.id} d={d} />
      ))}
    </View>
  )
}
