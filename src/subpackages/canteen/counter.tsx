import { View, Text } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { BOOKING_STATUS } from '../../../contract/canteen'
import { Chip, ChipGroup } from '../../components/Chip'
import { Field } from '../../components/Field'
import { PageState } from '../../components/PageState'
import { Pressable } from '../../components/Pressable'
import { Screen } from '../../components/Screen'
import { announce } from '../../platform/a11y'
import { useAction } from '../../hooks/useAction'
import { canScan, scanCode } from '../../platform/scan'
import { call } from '../../services/call'
import { addDays } from '../../services/time'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import './canteen.css'
import { toast } from '../../services/toast'
import './contract'

/** Counter staff: redeem codes, count walk-ins, close a slot or the day. */
export default function Counter() {
  const { params } = useRouter()
  const canteenId = Number(params.id)
  // The server's today by default; the other days open for booking too, to close them ahead
  // (holidays, maintenance). The server says which days those are.
  const [date, setDate] = useState<string>()
  const day = useAction('canteen', 'counter', date ? { canteenId, date } : { canteenId }, [date])
  const [today, setToday] = useState<string>()
  useEffect(() => {
    if (!today && day.data && !date) setToday(day.data.date)
  }, [day.data, date, today])
  const tomorrow = today ? addDays(today, 1) : null
  const days = day.data?.dates ?? []
  const shown = date ?? today
  const [code, setCode] = useState('')
  const [last, setLast] = useState<string>()
  const [reason, setReason] = useState('')
  const [open, setOpen] = useState<string>()

  const redeem = async (raw = code) => {
    if (!raw.trim()) return
    const r = await call('canteen', 'redeem', { canteenId, code: raw.trim() }, { loading: '正在核销' }).catch(
      () => null,
    )
    if (r) {
      const said = `已核销 ${r.booking.code}：${r.booking.name} · ${r.slot}${r.booking.items.length ? ` · ${r.booking.items.map((i) => `${i.name}×${i.qty}`).join('、')}` : ''}`
      setLast(said)
      announce(said)
      setCode('')
      void day.reload()
    }
  }
  const scan = async () => {
    const text = await scanCode()
    if (text) await redeem(text)
  }
  const walkIn = async (start: string, delta: number) => {
    if (!day.data) return
    const r = await call(
      'canteen',
      'walkIn',
      { canteenId, date: day.data.date, start, delta },
      { loading: false },
    ).catch(() => null)
    if (r) void day.reload()
  }
  const close = async (start?: string) => {
    if (!day.data) return
    const ok = await Taro.showModal({
      title: start ? `关闭 ${start} 时段？` : '关闭这一天的全部时段？',
      content: '已预约的人会收到取消通知',
    })
    if (!ok.confirm) return
    const r = await call(
      'canteen',
      'close',
      { canteenId, date: day.data.date, reason, ...(start ? { start } : {}) },
      { loading: '正在关闭' },
    ).catch(() => null)
    if (r) {
      toast(`已关闭 ${r.closedSlots} 个时段，取消 ${r.cancelledBookings} 个预约`)
      void day.reload()
    }
  }

  const d = day.data
  return (
    <Screen className="canteen">
      <View className="card">
        <Text className="section-title">核销预约码</Text>
        <Field label="预约码（8 位）">
          <Input name="code" value={code} onChange={(v) => setCode(v.toUpperCase())} maxLength={32} />
        </Field>
        <View className="row canteen-actions">
          <Button type="primary" disabled={!code.trim()} why="输入或扫描预约码后核销" onClick={() => redeem()}>
            核销
          </Button>
          {canScan && (
            <Button fill="outline" onClick={scan}>
              扫码核销
            </Button>
          )}
        </View>
        {last && (
          <View className="canteen-ok" role="status">
            {last}
          </View>
        )}
      </View>
      <PageState loading={day.loading && !d} error={day.error} onRetry={day.reload}>
        {d && (
          <>
            <Text className="section-title">{d.canteenName}</Text>
            <ChipGroup label="日期" kind="radiogroup">
              {days.map((x) => (
                <Chip key={x} role="radio" on={x === shown} onPress={() => setDate(x)}>
                  {x === today ? '今天' : x === tomorrow ? '明天' : x.slice(5)}
                </Chip>
              ))}
            </ChipGroup>
            <View role="list" aria-label="今日时段">
              {d.slots.map((s) => (
                <View
                  key={s.start}
                  className="card canteen-counter-slot"
                  role="listitem"
                  aria-label={`${s.start} 时段`}
                >
                  <Pressable
                    className="row canteen-counter-slot__head"
                    expanded={open === s.start}
                    onPress={() => setOpen(open === s.start ? undefined : s.start)}
                  >
                    <Text className="grow canteen-slot__time">
                      {s.start}–{s.end}
                    </Text>
                    <Text className="muted">
                      已约 {s.booked} · 已核销 {s.redeemed} · 现场 {s.walkIns}
                      {s.state === 'closed' ? ' · 已关闭' : ''}
                    </Text>
                  </Pressable>
                  <View className="row canteen-actions">
                    <Button size="small" fill="outline" onClick={() => walkIn(s.start, 1)}>
                      现场 +1
                    </Button>
                    <Button size="small" fill="outline" disabled={s.walkIns === 0} onClick={() => walkIn(s.start, -1)}>
                      −1
                    </Button>
                    {s.state !== 'closed' && (
                      <Button
                        size="small"
                        fill="outline"
                        disabled={reason.trim().length < 2}
                        onClick={() => close(s.start)}
                      >
                        关闭时段
                      </Button>
                    )}
                  </View>
                  {open === s.start &&
                    s.bookings.map((b) => (
                      <Text key={b.id} className="canteen-counter-booking">
                        {b.code} · {b.name} {b.phone} · {BOOKING_STATUS[b.status]}
                        {b.items.length ? ` · ${b.items.map((i) => `${i.name}×${i.qty}`).join('、')}` : ''}
                      </Text>
                    ))}
                </View>
              ))}
            </View>
            <View className="card">
              <Text className="section-title">暂停供餐</Text>
              <Field label="原因（如 设备检修、节假日），至少 2 个字">
                <Input name="reason" value={reason} onChange={setReason} maxLength={60} />
              </Field>
              <Button type="danger" fill="outline" block disabled={reason.trim().length < 2} onClick={() => close()}>
                关闭这一天全部时段
              </Button>
            </View>
          </>
        )}
      </PageState>
    </Screen>
  )
}
