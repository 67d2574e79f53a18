import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { MENTOR_BOOKING_STATUS, MENTOR_TOPICS, type MentorBooking } from '../../../../contract/policies'
import { hourLabel, timeRange } from '../format'

/** A mentor booking as either side sees it; actions below (cancel, rate, confirm…). */
export function BookingCard({ b, who, children }: { b: MentorBooking; who: string; children?: ReactNode }) {
  return (
    <View className="card pol-card" role="listitem" aria-label={`${who} ${hourLabel(b.startsAt)}`}>
      <View className="pol-card__tags">
        <Text className={`pol-status pol-status--${b.status}`}>{MENTOR_BOOKING_STATUS[b.status]}</Text>
        <Text className="pol-tag">{MENTOR_TOPICS[b.topic]}</Text>
      </View>
      <Text className="pol-card__benefit">
        {who} · {hourLabel(b.startsAt).replace(/ \d\d:\d\d$/, '')} {timeRange(b.startsAt, b.endsAt)}
      </Text>
      <Text className="muted pol-card__meta">{b.place}</Text>
      <Text className="pol-para">问题：{b.question}</Text>
      {b.cancelReason && <Text className="muted pol-para">原因：{b.cancelReason}</Text>}
      {b.note && <Text className="pol-note">导师记要：{b.note}</Text>}
      {b.rating !== null && (
        <Text className="pol-para">
          评价：{'★'.repeat(b.rating)}
          {b.comment ? ` ${b.comment}` : ''}
        </Text>
      )}
      {children}
    </View>
  )
}
