import { View, Text } from '@tarojs/components'
import { FACILITIES } from '../../../../contract/stations-labels'
import type { StationSummary } from '../../../../contract/stations'
import { Pressable } from '../../../components/Pressable'
import { timeOrDate } from '../../../services/time'
import { distanceText } from '../format'

/** One station in the list: name, tier, distance and walk, open now, today's hours, facilities. */
export function StationCard({ s, onOpen }: { s: StationSummary; onOpen: (s: StationSummary) => void }) {
  return (
    <View role="listitem" aria-label={s.name}>
      <Pressable className="station-card" role="link" onPress={() => onOpen(s)}>
        <View className="row station-card__head">
          <Text className="station-card__name grow">{s.name}</Text>
          <Text className="station-card__distance">{distanceText(s.distanceM)}</Text>
        </View>
        <View className="row station-card__meta">
          <Text className="station-tag">{s.tierLabel}</Text>
          {s.open24h && <Text className="station-tag station-tag--24h">24h</Text>}
          {s.live.closedUntil ? (
            <Text className="station-open station-open--closed">临时闭站至 {timeOrDate(s.live.closedUntil)}</Text>
          ) : (
            <Text className={`station-open ${s.openNow ? 'station-open--yes' : 'station-open--no'}`}>
              {s.openNow ? '营业中' : '已关闭'}
            </Text>
          )}
          <Text className="muted">今日 {s.todayHours}</Text>
        </View>
        <Text className="muted station-card__walk">
          步行约 {s.walkMinutes} 分钟 · {s.address}
          {s.rating !== null ? ` · ${s.rating} 分` : ''}
        </Text>
        <View className="station-card__facilities">
          {s.facilities.map((f) => (
            <Text key={f} className="facility">
              {FACILITIES[f]}
            </Text>
          ))}
          {s.live.charging === 'full' && <Text className="facility facility--warn">充电位已满</Text>}
        </View>
      </Pressable>
    </View>
  )
}
