import { View, Text } from '@tarojs/components'
import { dayText } from '../../services/time'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { BOOKING_STATUS, type Booking } from '../../../contract/canteen'
import { PageState } from '../../components/PageState'
import { Picture } from '../../components/Picture'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { yuan } from '../../services/money'
import { Field } from '../../components/Field'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import './canteen.css'
import { toast } from '../../services/toast'
import './contract'

function BookingCard({ b, onChanged }: { b: Booking; onChanged: () => void }) {
  const [cancelling, setCancelling] = useState(false)
  const [reason, setReason] = useState('')
  const cancel = async () => {
    const r = await call(
      'canteen',
      'cancel',
      { bookingId: b.id, ...(reason ? { reason } : {}) },
      { loading: '正在取消' },
    ).catch(() => null)
    if (r) {
      toast('已取消预约')
      onChanged()
    }
  }
  const active = b.status === 'confirmed'
  return (
    <View className="card canteen-booking" role="listitem" aria-label={`${b.canteenName} ${b.date} ${b.start}`}>
      <View className="row">
        <Text className="grow canteen-card__name">{b.canteenName}</Text>
        <Text className={`canteen-status canteen-status--${b.status}`}>{BOOKING_STATUS[b.status]}</Text>
      </View>
      <Text className="muted canteen-line">
        {dayText(b.date)} {b.windowName} {b.start}–{b.end}
      </Text>
      {active && (
        <View className="canteen-booking__code">
          <View className="canteen-code" role="group" aria-label={`预约码 ${b.code}`}>
            {b.code}
          </View>
          <Picture className="canteen-qr" src={b.qr} alt={`二维码（预约码 ${b.code}）`} />
        </View>
      )}
      {b.items.length > 0 && (
        <Text className="canteen-line">
          预点 {b.items.map((i) => `${i.name}×${i.qty}`).join('、')} · {yuan(b.totalCents)}
          {b.riderPrice ? '（骑手价）' : ''}
        </Text>
      )}
      {b.cancelReason && <Text className="muted canteen-line">取消原因：{b.cancelReason}</Text>}
      {b.redeemedAt && <Text className="muted canteen-line">核销于 {b.redeemedAt}</Text>}
      {b.cancellable && !cancelling && (
        <Button fill="outline" block onClick={() => setCancelling(true)}>
          取消预约（{b.cancelBefore} 前）
        </Button>
      )}
      {cancelling && (
        <View>
          <Field label="取消原因（选填）">
            <Input name="reason" value={reason} onChange={setReason} maxLength={100} />
          </Field>
          <View className="row canteen-actions">
            <Button fill="outline" onClick={() => setCancelling(false)}>
              不取消
            </Button>
            <Button type="danger" onClick={cancel}>
              确认取消
            </Button>
          </View>
        </View>
      )}
    </View>
  )
}

/** 我的预约: upcoming with code and QR, then history. */
export default function MyBookings() {
  const bookings = useAction('canteen', 'myBookings', {})
  const data = bookings.data
  const load = bookings.reload
  return (
    <Screen className="canteen">
      <PageState
        loading={bookings.loading && !data}
        error={bookings.error}
        onRetry={load}
        empty={data && data.upcoming.length + data.past.length === 0}
        emptyText="还没有预约，去餐厅看看吧"
        emptyAction={{ label: '去预约座位', onPress: () => Taro.navigateTo({ url: '/subpackages/canteen/index' }) }}
      >
        {data && (
          <>
            <Text className="section-title">即将用餐</Text>
            {data.upcoming.length === 0 && <Text className="muted canteen-line">暂无待用餐的预约</Text>}
            <View role="list" aria-label="即将用餐">
              {data.upcoming.map((b) => (
                <BookingCard key={b.id} b={b} onChanged={load} />
              ))}
            </View>
            {data.past.length > 0 && <Text className="section-title">历史预约</Text>}
            <View role="list" aria-label="历史预约">
              {data.past.map((b) => (
                <BookingCard key={b.id} b={b} onChanged={load} />
              ))}
            </View>
          </>
        )}
      </PageState>
    </Screen>
  )
}
