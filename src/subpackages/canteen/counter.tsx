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
import { addDays, formatShanghai } from '../../services/time'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import './canteen.css'
import { toast } from '../../services/toast'
import './contract'

/** Counter staff: redeem codes, scan a rider's 骑手码 for the rider price, count walk-ins, the day's report, close a slot or the day. */
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
  // 骑手码: scanned, the rider shown (verified or not, name masked), then recorded at the rider price.
  const [riderCode, setRiderCode] = useState('')
  const [rider, setRider] = useState<{ rider: string; verified: boolean; discountLabel: string }>()
  const [riderSlot, setRiderSlot] = useState<string>()
  const checkRider = async (raw = riderCode) => {
    if (!raw.trim()) return
    setRiderCode(raw.trim())
    const r = await call('canteen', 'scanRider', { canteenId, code: raw.trim() }, { loading: '正在查询' }).catch(
      () => null,
    )
    setRider(r ?? undefined)
    if (r) announce(r.verified ? `${r.rider} 已通过骑手认证，可享 ${r.discountLabel}` : `${r.rider} 未通过骑手认证`)
  }
  const scanRiderCode = async () => {
    const text = await scanCode()
    if (text) await checkRider(text)
  }

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
  // The slot being served now (the last one started), unless staff picked another.
  const nowHm = formatShanghai(Date.now(), 'HH:mm')
  const servingNow = d && d.date === today ? [...d.slots].reverse().find((x) => x.start <= nowHm)?.start : undefined
  const chosenSlot = riderSlot ?? servingNow ?? d?.slots[0]?.start
  const recordRider = async () => {
    if (!d || !chosenSlot) return
    const r = await call(
      'canteen',
      'riderWalkIn',
      { canteenId, date: d.date, start: chosenSlot, code: riderCode },
      { loading: '正在记录' },
    ).catch(() => null)
    if (r) {
      const said = `已按骑手价（${r.discountLabel}）记录 ${r.rider}：${chosenSlot} 现场 ${r.walkIns} 人，其中骑手 ${r.riderWalkIns} 人`
      setLast(said)
      announce(said)
      setRider(undefined)
      setRiderCode('')
      void day.reload()
    }
  }
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
      <View className="card">
        <Text className="section-title">骑手码（现场用餐按骑手价）</Text>
        <Field label="骑手码">
          <Input name="riderCode" value={riderCode} onChange={setRiderCode} maxLength={80} />
        </Field>
        <View className="row canteen-actions">
          <Button fill="outline" disabled={!riderCode.trim()} onClick={() => checkRider()}>
            查询骑手
          </Button>
          {canScan && (
            <Button fill="outline" onClick={scanRiderCode}>
              扫骑手码
            </Button>
          )}
        </View>
        {rider && (
          <View role="status">
            <Text className={rider.verified ? 'canteen-ok' : 'canteen-warn'}>
              {rider.rider}{' '}
              {rider.verified ? `已认证 · 骑手价 ${rider.discountLabel}` : '未通过骑手认证，请按普通现场用餐计数'}
            </Text>
            {rider.verified && d && d.slots.length > 0 && (
              <>
                <ChipGroup label="记入时段" kind="radiogroup">
                  {d.slots.map((x) => (
                    <Chip key={x.start} role="radio" on={x.start === chosenSlot} onPress={() => setRiderSlot(x.start)}>
                      {x.start}
                    </Chip>
                  ))}
                </ChipGroup>
                <Button type="primary" block onClick={recordRider}>
                  按骑手价记录现场用餐
                </Button>
              </>
            )}
          </View>
        )}
      </View>
      <PageState loading={day.loading && !d} error={day.error} onRetry={day.reload}>
        {d && (
          <>
            <Text className="section-title">{d.canteenName}</Text>
            <View className="card" role="group" aria-label="当日报表">
              <Text className="section-title">当日报表</Text>
              <Text className="canteen-line">
                预约 {d.report.booked} · 已核销 {d.report.redeemed} · 现场用餐 {d.report.walkIns}
              </Text>
              <Text className="canteen-line">
                骑手价用餐 {d.report.riderMeals}（预约核销 {d.report.riderBookings} · 现场扫码 {d.report.riderWalkIns}）
              </Text>
            </View>
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
                      {s.riderWalkIns ? `（骑手 ${s.riderWalkIns}）` : ''}
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
