import { View, Text } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { CANTEEN_SUBSCRIBE_KINDS, type Booking } from '../../../contract/canteen'
import { Chip, ChipGroup } from '../../components/Chip'
import { PageState } from '../../components/PageState'
import { Picture } from '../../components/Picture'
import { Screen } from '../../components/Screen'
import { announce, pressProps, roleProps } from '../../platform/a11y'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { yuan } from '../../services/money'
import { dayText } from '../../services/time'
import { preloadSubscribeTemplates, subscribeInTap } from '../../services/subscribe'
import { Button } from '../../ui/Button'
import { toast } from '../../services/toast'
import './canteen.css'
import './contract'

const SLOT_STATE: Record<string, string> = { full: '已满', closed: '暂停', past_cutoff: '已截止' }

/** Pick a day, a slot with seats and (optionally) dishes; book; get the code. */
export default function BookPage() {
  const { params } = useRouter()
  const canteenId = Number(params.id)
  const [date, setDate] = useState<string>()
  const [start, setStart] = useState<string>()
  const [qty, setQty] = useState<Record<number, number>>({})
  const [booked, setBooked] = useState<Booking>()
  const day = useAction('canteen', 'availability', date ? { canteenId, date } : { canteenId }, [date])
  useDidShow(preloadSubscribeTemplates)
  useEffect(() => setStart(undefined), [date])

  const d = day.data
  const menu = d?.canteen.menu ?? []
  const items = Object.entries(qty)
    .filter(([, q]) => q > 0)
    .map(([itemId, q]) => ({ itemId: Number(itemId), qty: q }))
  const total = items.reduce((s, i) => s + i.qty * (menu.find((m) => m.id === i.itemId)?.yourPriceCents ?? 0), 0)
  const change = (id: number, name: string, delta: number) => {
    const n = Math.max(0, Math.min(5, (qty[id] ?? 0) + delta))
    setQty({ ...qty, [id]: n })
    announce(`${name} ${n} 份`)
  }

  const book = () => {
    if (!d || !start) return
    // Ask for the reminders inside the tap (WeChat requires it), then book.
    subscribeInTap([...CANTEEN_SUBSCRIBE_KINDS])
    call('canteen', 'book', { canteenId, date: d.date, start, items }, { loading: '正在预约' }).then(
      (b) => {
        setBooked(b)
        announce(`预约成功，预约码 ${b.code.split('').join(' ')}`)
      },
      () => day.reload(),
    )
  }

  if (booked) {
    return (
      <Screen className="canteen">
        <View className="card canteen-done" role="status" aria-label="预约成功">
          <Text className="canteen-done__title">预约成功</Text>
          <Text className="muted canteen-line">
            {booked.canteenName} · {dayText(booked.date)} {booked.windowName} {booked.start}–{booked.end}
          </Text>
          <View className="canteen-code" role="group" aria-label={`预约码 ${booked.code}`}>
            {booked.code}
          </View>
          <Picture className="canteen-qr" src={booked.qr} alt={`二维码（预约码 ${booked.code}）`} />
          <Text className="muted canteen-line">到店出示预约码或二维码；{booked.cancelBefore} 前可取消</Text>
          {booked.items.length > 0 && (
            <Text className="canteen-line">
              预点 {booked.items.map((i) => `${i.name}×${i.qty}`).join('、')}，合计 {yuan(booked.totalCents)}
            </Text>
          )}
          <Button type="primary" block onClick={() => Taro.redirectTo({ url: '/subpackages/canteen/bookings' })}>
            查看我的预约
          </Button>
        </View>
      </Screen>
    )
  }

  return (
    <Screen className="canteen canteen--with-bar">
      <PageState loading={day.loading && !d} error={day.error} onRetry={day.reload}>
        {d && (
          <>
            <View className="card">
              <Text className="canteen-card__name">{d.canteen.name}</Text>
              <Text className="muted canteen-line">{d.canteen.intro}</Text>
              {d.suspendedReason && (
                <View className="canteen-warn" role="alert">
                  {d.suspendedReason}
                </View>
              )}
            </View>
            <ChipGroup label="日期" kind="radiogroup">
              {d.dates.map((x) => (
                <Chip key={x.date} role="radio" on={x.date === d.date} onPress={() => setDate(x.date)}>
                  {x.label}
                </Chip>
              ))}
            </ChipGroup>
            {d.windows.map((w) => (
              <View key={w.name} className="card">
                <Text className="section-title">{w.name}</Text>
                <View className="canteen-slots" {...roleProps('radiogroup')} aria-label={`${w.name}时段`}>
                  {w.slots.map((s) => {
                    const open = s.state === 'open'
                    const pick = () => (open ? setStart(s.start) : toast(s.note ?? '不可预约'))
                    return (
                      <View
                        key={s.start}
                        {...roleProps('radio')}
                        aria-checked={start === s.start}
                        aria-disabled={!open}
                        aria-label={`${s.start} ${open ? `剩 ${s.seatsLeft} 座` : SLOT_STATE[s.state]}`}
                        className={`canteen-slot ${start === s.start ? 'canteen-slot--on' : ''} ${open ? '' : 'canteen-slot--off'}`}
                        onClick={pick}
                        {...pressProps(pick)}
                      >
                        <Text className="canteen-slot__time">{s.start}</Text>
                        <Text className="canteen-slot__left">
                          {open ? `剩 ${s.seatsLeft} 座` : SLOT_STATE[s.state]}
                        </Text>
                      </View>
                    )
                  })}
                </View>
              </View>
            ))}
            <View className="card">
              <Text className="section-title">预点菜品（可不选）</Text>
              {menu.map((m) => (
                <View key={m.id} className="row canteen-menu-item">
                  <View className="grow">
                    <Text>{m.name}</Text>
                    <Text className="canteen-price">{yuan(m.yourPriceCents)}</Text>
                    {m.yourPriceCents < m.priceCents && (
                      <Text className="canteen-price--was">原价 {yuan(m.priceCents)}</Text>
                    )}
                    {!m.available && <Text className="muted">（今日售罄）</Text>}
                  </View>
                  {m.available && (
                    <View className="row canteen-stepper">
                      <View
                        {...roleProps('button')}
                        aria-label={`减少${m.name}`}
                        className="canteen-stepper__btn"
                        onClick={() => change(m.id, m.name, -1)}
                        {...pressProps(() => change(m.id, m.name, -1))}
                      >
                        −
                      </View>
                      <Text className="canteen-stepper__qty">{qty[m.id] ?? 0}</Text>
                      <View
                        {...roleProps('button')}
                        aria-label={`增加${m.name}`}
                        className="canteen-stepper__btn"
                        onClick={() => change(m.id, m.name, 1)}
                        {...pressProps(() => change(m.id, m.name, 1))}
                      >
                        +
                      </View>
                    </View>
                  )}
                </View>
              ))}
              {!d.riderVerified && <Text className="muted">认证骑手按 {d.canteen.riderDiscount} 计价</Text>}
            </View>
            <View className="canteen-bar row">
              <View className="grow">
                <Text>{start ? `${dayText(d.date)} ${start}` : '请选择时段'}</Text>
                {total > 0 && <Text className="canteen-price"> 合计 {yuan(total)}</Text>}
              </View>
              <Button
                type="primary"
                disabled={!start || Boolean(d.suspendedUntil)}
                why={d.suspendedUntil ? '预约功能暂停中，见上方说明' : '先选择一个时段'}
                onClick={book}
              >
                确认预约
              </Button>
            </View>
          </>
        )}
      </PageState>
    </Screen>
  )
}
