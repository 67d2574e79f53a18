import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { OutputOf } from '../../../contract'
import type { MentorBooking } from '../../../contract/policies'
import { PageState } from '../../components/PageState'
import { call, type CallError } from '../../services/call'
import { BookingCard } from './components/BookingCard'
import { Stars } from '../../components/Stars'
import { TextField } from '../../components/TextField'
import { Screen } from '../../components/Screen'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
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
                  <Button fill="outline" onClick={() => cancel(b)}>
                    取消预约
                  </Button>
                </BookingCard>
              ))}
            </View>
            <Text className="section-title pol-heading">历史</Text>
            <View role="list" aria-label="历史辅导">
              {data.past.map((b) => (
                <BookingCard key={b.id} b={b} who={b.mentorName}>
                  {held(b) && b.rating === null && (
                    <View className="pol-book">
                      <Stars
                        label="评分"
                        unit="星"
                        value={rating[b.id] ?? 0}
                        onChange={(n) => setRating({ ...rating, [b.id]: n })}
                      />
                      <TextField
                        label="评价"
                        multiline
                        value={comment[b.id] ?? ''}
                        placeholder="说说这次辅导的收获（选填）"
                        onChange={(v) => setComment({ ...comment, [b.id]: v })}
                      />
                      <Button type="primary" disabled={!rating[b.id]} why="先选择评分" onClick={() => rate(b)}>
                        提交评价
                      </Button>
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
