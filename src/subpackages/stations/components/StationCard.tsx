import { View, Text } from '@tarojs/components'
import { FACILITIES } from '../../../../contract/stations-labels'
import type { StationSummary } from '../../../../contract/stations'
import { Pressable } from '../../../components/Pressable'
import { timeOrDate } from '../../../services/time'
import { distanceText } from '../format'

/**
 * One station in the list: name, tier, distance and time to get there (riding for riders, walking
 * for others), open now or when it opens (a closed one greyed), today's hours, facilities.
 * `fromCentre`: location is off, the distance is from the community centre and says so.
 */
export function StationCard({
  s,
  onOpen,
  rider = false,
  fromCentre = false,
}: {
  s: StationSummary
  onOpen: (s: StationSummary) => void
  rider?: boolean
  fromCentre?: boolean
}) {
  return (
    <View role="listitem" aria-label={s.name}>
      <Pressable
        className={`station-card${s.openNow ? '' : ' station-card--closed'}`}
        role="link"
        onPress={() => onOpen(s)}
      >
        <View className="row station-card__head">
          <Text className="station-card__name grow">{s.name}</Text>
          <Text className="station-card__distance">
            {fromCentre ? '距社区中心 ' : ''}
            {distanceText(s.distanceM)}
          </Text>
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
          {!s.openNow && s.opensText && <Text className="station-opens">{s.opensText}</Text>}
          <Text className="muted">{s.todayHours === '今日休息' ? s.todayHours : `今日 ${s.todayHours}`}</Text>
        </View>
        <Text className="muted station-card__walk">
          {rider ? `骑行约 ${s.rideMinutes} 分钟` : `步行约 ${s.walkMinutes} 分钟`} · {s.address}
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
