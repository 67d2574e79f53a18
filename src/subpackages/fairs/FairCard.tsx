import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { FairSummary } from '../../../contract/fairs'
import { Pressable } from '../../components/Pressable'
import { dayText } from '../../services/time'

export const FAIR_STATUS: Record<FairSummary['status'], string> = {
  scheduled: '报名中',
  cancelled: '已取消',
  ended: '已结束',
}

/**
 * One fair in a list: date and hours, place, booths and places left. Tapping opens its detail.
 * role="link" when the list item is a wrapper around it (管理招聘会 puts buttons under each card):
 * then its name is the text it shows.
 */
export function FairCard({
  f,
  note,
  role = 'listitem',
}: {
  f: FairSummary
  note?: string
  role?: 'listitem' | 'link'
}) {
  const when = `${dayText(f.date)} ${f.start}–${f.end}`
  return (
    <Pressable
      role={role}
      className="card"
      label={role === 'listitem' ? `${f.title} ${when} ${FAIR_STATUS[f.status]}` : undefined}
      onPress={() => void Taro.navigateTo({ url: `/subpackages/fairs/detail?id=${f.id}` })}
    >
      <View className="row">
        <Text className="grow fairs-title">{f.title}</Text>
        <Text className={`fairs-status fairs-status--${f.status}`}>{FAIR_STATUS[f.status]}</Text>
      </View>
      <Text className="fairs-line">{when}</Text>
      <Text className="muted fairs-line">{f.place}</Text>
      <Text className="muted fairs-line">
        展位 {f.boothsBooked}/{f.booths} · 求职者 {f.registered}/{f.capacity}
        {note ? ` · ${note}` : ''}
      </Text>
    </Pressable>
  )
}
