import { View, Text, Image } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { CANTEEN_SUBSCRIBE_KINDS, type Booking } from '../../../contract/canteen'
import { PageState } from '../../components/PageState'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { yuan } from '../../services/money'
import { preloadSubscribeTemplates, subscribeInTap } from '../../services/subscribe'
import { Button } from '../../ui/nutui'
import './canteen.css'

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
  const change = (id: number, delta: number) =>
    setQty({ ...qty, [id]: Math.max(0, Math.min(5, (qty[id] ?? 0) + delta)) })

  const book = () => {
    if (!d || !start) return
    // Ask for the reminders inside the tap (WeChat requires it), then book.
    subscribeInTap([...CANTEEN_SUBSCRIBE_KINDS])
    call('canteen', 'book', { canteenId, date: d.date, start, items }, { loading: '正在预约' }).then(setBooked, () =>
      day.reload(),
    )
  }

  if (booked) {
    return (
      <View className="page canteen">
        <View className="card canteen-done" role="status" aria-label="预约成功">
          <Text className="canteen-done__title">预约成功</Text>
          <Text className="muted" style={{ display: 'block' }}>
            {booked.canteenName} · {booked.date} {booked.windowName} {booked.start}–{booked.end}
          </Text>
          <Text className="canteen-code" aria-label={`预约码 ${booked.code}`}>
            {booked.code}
          </Text>
          <Image className="canteen-qr" src={booked.qr} mode="aspectFit" />
          <Text className="muted" style={{ display: 'block' }}>
            到店出示预约码或二维码；{booked.cancelBefore} 前可取消
          </Text>
          {booked.items.length > 0 && (
            <Text style={{ display: 'block' }}>
              预点 {booked.items.map((i) => `${i.name}×${i.qty}`).join('、')}，合计 {yuan(booked.totalCents)}
            </Text>
          )}
          <Button type="primary" block onClick={() => Taro.redirectTo({ url: '/subpackages/canteen/bookings' })}>
            查看我的预约
          </Button>
        </View>
      </View>
    )
  }

  return (
    <View className="page canteen canteen--with-bar">
      <PageState loading={day.loading && !d} error={day.error} onRetry={day.reload}>
        {d && (
          <>
            <View className="card">
              <Text className="canteen-card__name">{d.canteen.name}</Text>
              <Text className="muted" style={{ display: 'block' }}>
                {d.canteen.intro}
              </Text>
              {d.suspendedReason && (
                <View className="canteen-warn" role="alert">
                  {d.suspendedReason}
                </View>
              )}
            </View>
            <View className="canteen-days row" role="radiogroup" aria-label="日期">
              {d.dates.map((x) => (
                <View
                  key={x.date}
                  role="radio"
                  aria-checked={x.date === d.date}
                  className={`chip ${x.date === d.date ? 'chip--on' : ''}`}
                  onClick={() => setDate(x.date)}
                >
                  {x.label}
                </View>
              ))}
            </View>
            {d.windows.map((w) => (
              <View key={w.name} className="card">
                <Text className="section-title">{w.name}</Text>
                <View className="canteen-slots" role="radiogroup" aria-label={`${w.name}时段`}>
                  {w.slots.map((s) => {
                    const open = s.state === 'open'
                    return (
                      <View
                        key={s.start}
                        role="radio"
                        aria-checked={start === s.start}
                        aria-disabled={!open}
                        aria-label={`${s.start} ${open ? `剩 ${s.seatsLeft} 座` : SLOT_STATE[s.state]}`}
                        className={`canteen-slot ${start === s.start ? 'canteen-slot--on' : ''} ${open ? '' : 'canteen-slot--off'}`}
                        onClick={() =>
                          open ? setStart(s.start) : Taro.showToast({ title: s.note ?? '不可预约', icon: 'none' })
                        }
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
                      <Text className="canteen-price--was">{yuan(m.priceCents)}</Text>
                    )}
                    {!m.available && <Text className="muted">（今日售罄）</Text>}
                  </View>
                  {m.available && (
                    <View className="row canteen-stepper">
                      <View
                        role="button"
                        aria-label={`减少${m.name}`}
                        className="canteen-stepper__btn"
                        onClick={() => change(m.id, -1)}
                      >
                        −
                      </View>
                      <Text aria-label={`${m.name}数量`}>{qty[m.id] ?? 0}</Text>
                      <View
                        role="button"
                        aria-label={`增加${m.name}`}
                        className="canteen-stepper__btn"
                        onClick={() => change(m.id, 1)}
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
                <Text>{start ? `${d.date} ${start}` : '请选择时段'}</Text>
                {total > 0 && <Text className="canteen-price"> 合计 {yuan(total)}</Text>}
              </View>
              <Button type="primary" disabled={!start || Boolean(d.suspendedUntil)} onClick={book}>
                确认预约
              </Button>
            </View>
          </>
        )}
      </PageState>
    </View>
  )
}
