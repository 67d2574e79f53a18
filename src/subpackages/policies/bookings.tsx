import { Text, Textarea, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { OutputOf } from '../../../contract'
import type { MentorBooking } from '../../../contract/policies'
import { PageState } from '../../components/PageState'
import { fieldProps } from '../../platform/a11y'
import { call, type CallError } from '../../services/call'
import { BookingCard } from './components/BookingCard'
import { Pressable } from '../../components/Pressable'
import { Chip } from '../../components/Chip'
import { Screen } from '../../components/Screen'
import { toast } from '../../services/toast'
import './policies.css'
import './contract'

/** 我的辅导预约: coming up (cancel before it starts); held ones (the mentor's note, my rating). */
export default function BookingsPage() {
  const [data, setData] = useState<OutputOf<'policies', 'myMentorBookings'>>()
  const [error, setError] = useState<CallError>()
  const [rating, setRating] = useState<Record<number, number>>({})
  const [comment, setComment] = useState<Record<number, string>>({})
  const load = () => {
    setError(undefined)
    call('policies', 'myMentorBookings', {}, { loading: false, toast: false }).then(setData, setError)
  }
  useDidShow(load)

  const cancel = async (b: MentorBooking) => {
    const ok = await Taro.showModal({ title: '取消预约', content: '确定取消这次辅导吗？导师会收到通知。' })
    if (!ok.confirm) return
    if (await call('policies', 'cancelMentorBooking', { bookingId: b.id }, { loading: '正在取消' }).catch(() => null))
      load()
  }
  const rate = async (b: MentorBooking) => {
    const r = await call(
      'policies',
      'rateMentorSession',
      { bookingId: b.id, rating: rating[b.id], comment: comment[b.id] ?? '' },
      { loading: '正在提交' },
    ).catch(() => null)
    if (r) {
      toast('感谢评价', { icon: 'success' })
      load()
    }
  }
  const held = (b: MentorBooking) => b.past && (b.status === 'confirmed' || b.status === 'redeemed')

  return (
    <Screen className="pol">
      <PageState
        loading={!data && !error}
        error={error}
        onRetry={load}
        empty={data && !data.upcoming.length && !data.past.length}
        emptyText="还没有预约过青创导师"
        emptyAction={{
          label: '去预约青创导师',
          onPress: () => Taro.navigateTo({ url: '/subpackages/policies/mentors' }),
        }}
      >
        {data && (
          <>
            <Text className="section-title pol-heading">即将进行（{data.upcoming.length}）</Text>
            <View role="list" aria-label="即将进行的辅导">
              {data.upcoming.map((b) => (
                <BookingCard key={b.id} b={b} who={b.mentorName}>
                  <Pressable className="pol-btn" onPress={() => cancel(b)}>
                    取消预约
                  </Pressable>
                </BookingCard>
              ))}
            </View>
            <Text className="section-title pol-heading">历史</Text>
            <View role="list" aria-label="历史辅导">
              {data.past.map((b) => (
                <BookingCard key={b.id} b={b} who={b.mentorName}>
                  {held(b) && b.rating === null && (
                    <View className="pol-book">
                      <View className="pol-row" role="group" aria-label="评分">
                        {[1, 2, 3, 4, 5].map((n) => (
                          <Chip
                            role="button"
                            key={n}
                            on={rating[b.id] === n}
                            label={`${n} 星`}
                            onPress={() => setRating({ ...rating, [b.id]: n })}
                          >
                            {'★'.repeat(n)}
                          </Chip>
                        ))}
                      </View>
                      <Textarea
                        className="pol-textarea"
                        value={comment[b.id] ?? ''}
                        maxlength={200}
                        placeholder="说说这次辅导的收获（选填）"
                        {...fieldProps('评价')}
                        onInput={(e) => setComment({ ...comment, [b.id]: e.detail.value })}
                      />
                      <Pressable
                        className="pol-btn pol-btn--primary"
                        disabled={!rating[b.id]}
                        why="先选择评分"
                        onPress={() => rate(b)}
                      >
                        提交评价
                      </Pressable>
                    </View>
                  )}
                </BookingCard>
              ))}
            </View>
          </>
        )}
      </PageState>
    </Screen>
  )
}
