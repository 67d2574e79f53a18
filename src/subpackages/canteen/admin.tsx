import { View, Text, Picker } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { Chip, ChipGroup } from '../../components/Chip'
import { Choice } from '../../components/Choice'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { TextField } from '../../components/TextField'
import { fieldProps, roleProps } from '../../platform/a11y'
import { pickLocation, PICK_LOCATION_LABEL } from '../../platform/pick-location'
import { useAction, useData } from '../../hooks/useAction'
import { call } from '../../services/call'
import { yuan } from '../../services/money'
import { dayText, shanghaiDay } from '../../services/time'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import './canteen.css'
import { toast } from '../../services/toast'
import './contract'

type Settings = Awaited<ReturnType<typeof call<'canteen', 'settings'>>>
type Window = Settings['windows'][number]
type Draft = Omit<Settings, 'id' | 'communityName' | 'menu' | 'closures'>

const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日']
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7]

const blank = (communityId: number): Draft => ({
  name: '',
  communityId,
  address: '',
  phone: '',
  intro: '',
  lng: null,
  lat: null,
  windows: [{ name: '午餐', start: '11:00', end: '13:00', days: EVERY_DAY }],
  slotMinutes: 30,
  seatsPerSlot: 20,
  bookingDays: 3,
  cutoffMinutes: 30,
  riderDiscount: 100,
  noShowLimit: 3,
})

/** A number chosen among a few ([15, 20, 30] 分钟) as Choice options. */
const amounts = (values: number[], unit: string) => values.map((v) => [v, `${v}${unit}`] as const)

/** Typed coordinates stay text while typed ("121." on the way to 121.78); numbers when sent. */
const numberOrNull = (v: string) => (v.trim() === '' ? null : Number(v))
const coordText = (v: number | null) => (v === null ? '' : v.toFixed(6))

/**
 * Keepers (admins; a 社工 for their community): make a canteen (no id) or keep one — name,
 * community, address and position, windows per weekday, slots, seats, booking rules, rider
 * price; the menu; days off; retiring it. The server checks everything and says what is wrong.
 */
export default function CanteenAdmin() {
  const { params } = useRouter()
  const canteenId = params.id ? Number(params.id) : undefined
  const reach = useAction('canteen', 'managed', {})
  const settings = useData(
    () =>
      canteenId === undefined
        ? Promise.resolve(undefined)
        : call('canteen', 'settings', { canteenId }, { loading: false }),
    [canteenId],
  )
  // An editable copy of what was loaded; a reload (after a dish is saved) starts it afresh.
  const [s, setS] = useState<Draft>()
  const [coords, setCoords] = useState({ lng: '', lat: '' })
  const firstCommunity = reach.data?.communities[0]?.id
  useEffect(() => {
    const d = settings.data
    if (d) {
      setS(d)
      setCoords({ lng: coordText(d.lng), lat: coordText(d.lat) })
    } else if (canteenId === undefined && firstCommunity) setS((old) => old ?? blank(firstCommunity))
  }, [settings.data, canteenId, firstCommunity])
  const [newDish, setNewDish] = useState({ name: '', price: '' })
  const [closure, setClosure] = useState({ date: '', reason: '' })
  const [retireReason, setRetireReason] = useState('')
  const load = settings.reload

  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => s && setS({ ...s, [k]: v })
  /** One of the canteen's text fields, named by its key. */
  const text = (k: 'name' | 'address' | 'phone' | 'intro', label: string, maxLength: number) => (
    <TextField
      label={label}
      name={k}
      type={k === 'phone' ? 'number' : 'text'}
      value={s?.[k] ?? ''}
      onChange={(v) => set(k, v)}
      maxLength={maxLength}
    />
  )
  /** A number typed in (座位数, 骑手价). */
  const count = (k: 'seatsPerSlot' | 'riderDiscount', name: string, label: string, maxLength: number) => (
    <TextField
      label={label}
      name={name}
      type="number"
      value={String(s?.[k] ?? '')}
      onChange={(v) => set(k, Number(v) || 0)}
      maxLength={maxLength}
    />
  )
  const setWindow = (i: number, w: Partial<Window>) =>
    s &&
    set(
      'windows',
      s.windows.map((x, j) => (j === i ? { ...x, ...w } : x)),
    )
  const toggleDay = (i: number, d: number) => {
    const days = s!.windows[i].days
    setWindow(i, { days: days.includes(d) ? days.filter((x) => x !== d) : [...days, d].sort() })
  }
  const save = async () => {
    if (!s) return
    if ([coords.lng, coords.lat].some((v) => v.trim() !== '' && Number.isNaN(Number(v))))
      return toast('经纬度应为数字，如 121.780000')
    // Exactly the fields saveCanteen takes (what was loaded also carries the menu and days off).
    const input = {
      ...(canteenId ? { canteenId } : {}),
      name: s.name,
      communityId: s.communityId,
      address: s.address,
      phone: s.phone,
      intro: s.intro,
      lng: numberOrNull(coords.lng),
      lat: numberOrNull(coords.lat),
      windows: s.windows,
      slotMinutes: s.slotMinutes,
      seatsPerSlot: s.seatsPerSlot,
      bookingDays: s.bookingDays,
      cutoffMinutes: s.cutoffMinutes,
      riderDiscount: s.riderDiscount,
      noShowLimit: s.noShowLimit,
    }
    const r = await call('canteen', 'saveCanteen', input, { loading: '正在保存' }).catch(() => null)
    if (!r) return
    if (r.created) {
      toast('餐厅已创建，接着添加菜单')
      void Taro.redirectTo({ url: `/subpackages/canteen/admin?id=${r.canteenId}` })
    } else toast('已保存，已有预约的时段保留原座位')
  }
  const place = async () => {
    const p = await pickLocation()
    if (!p) return toast('没有取得位置，可直接填写经纬度')
    setCoords({ lng: coordText(p.lng), lat: coordText(p.lat) })
    if (s && !s.address && p.address) setS({ ...s, address: p.address })
  }
  const saveDish = async (d: { id?: number; name: string; priceCents: number; available: boolean }) => {
    if (!canteenId) return false
    const r = await call(
      'canteen',
      'saveMenuItem',
      { canteenId, ...(d.id ? { itemId: d.id } : {}), name: d.name, priceCents: d.priceCents, available: d.available },
      { loading: '正在保存' },
    ).catch(() => null)
    if (r) load()
    return Boolean(r)
  }
  const addClosure = async () => {
    if (!canteenId) return
    const r = await call('canteen', 'saveClosure', { canteenId, ...closure }, { loading: '正在保存' }).catch(() => null)
    if (r) {
      toast(r.cancelledBookings ? `已设置休息，取消 ${r.cancelledBookings} 个预约并通知` : '已设置休息')
      setClosure({ date: '', reason: '' })
      load()
    }
  }
  const removeClosure = async (date: string) => {
    if (!canteenId) return
    const r = await call('canteen', 'removeClosure', { canteenId, date }, { loading: '正在保存' }).catch(() => null)
    if (r) load()
  }
  const retire = async () => {
    if (!canteenId) return
    const ok = await Taro.showModal({
      title: '停用这个餐厅？',
      content: '停用后骑手和职工看不到它，也不能再预约；尚未用餐的预约会被取消并通知。历史记录保留。',
    })
    if (!ok.confirm) return
    const r = await call(
      'canteen',
      'retireCanteen',
      { canteenId, reason: retireReason },
      { loading: '正在停用' },
    ).catch(() => null)
    if (r) {
      toast(`已停用，取消 ${r.cancelledBookings} 个预约`)
      void Taro.navigateBack()
    }
  }

  const loaded = settings.data
  const communities = reach.data?.communities ?? []
  return (
    <Screen className="canteen">
      <PageState
        loading={!s && !settings.error && !reach.error}
        error={settings.error ?? reach.error}
        onRetry={canteenId ? load : reach.reload}
      >
        {s && (
          <>
            <View className="card">
              <Text className="section-title">{canteenId ? `${s.name} · 基本信息` : '新建餐厅'}</Text>
              {text('name', '餐厅名称', 30)}
              <Choice
                label="所属社区"
                options={communities.map((c) => [c.id, c.name] as const)}
                value={s.communityId}
                onChange={(id) => set('communityId', id)}
              />
              {text('address', '地址', 100)}
              {text('phone', '电话', 20)}
              {text('intro', '简介（供餐对象、优惠、设施）', 200)}
              <View className="row canteen-admin__window">
                <Input
                  name="lng"
                  type="digit"
                  placeholder="经度"
                  value={coords.lng}
                  onChange={(v) => setCoords((c) => ({ ...c, lng: v }))}
                  maxLength={12}
                  {...fieldProps('经度（GCJ-02）')}
                />
                <Input
                  name="lat"
                  type="digit"
                  placeholder="纬度"
                  value={coords.lat}
                  onChange={(v) => setCoords((c) => ({ ...c, lat: v }))}
                  maxLength={12}
                  {...fieldProps('纬度（GCJ-02）')}
                />
              </View>
              <Button size="small" fill="outline" onClick={place}>
                {PICK_LOCATION_LABEL}
              </Button>
            </View>
            <View className="card">
              <Text className="section-title">供餐时段</Text>
              {s.windows.map((w, i) => (
                <View key={i} className="canteen-admin__window-block">
                  <View className="row canteen-admin__window">
                    <Input
                      name={`window-${i}`}
                      value={w.name}
                      onChange={(v) => setWindow(i, { name: v })}
                      maxLength={10}
                      {...fieldProps(`第 ${i + 1} 个时段的名称`)}
                    />
                    <Picker mode="time" value={w.start} onChange={(e) => setWindow(i, { start: e.detail.value })}>
                      <View className="chip" {...roleProps('button')} aria-label={`${w.name}开始 ${w.start}`}>
                        {w.start}
                      </View>
                    </Picker>
                    <Text aria-hidden="true">–</Text>
                    <Picker mode="time" value={w.end} onChange={(e) => setWindow(i, { end: e.detail.value })}>
                      <View className="chip" {...roleProps('button')} aria-label={`${w.name}结束 ${w.end}`}>
                        {w.end}
                      </View>
                    </Picker>
                    {s.windows.length > 1 && (
                      <Chip
                        role="button"
                        label={`删除${w.name}`}
                        onPress={() =>
                          set(
                            'windows',
                            s.windows.filter((_, j) => j !== i),
                          )
                        }
                      >
                        删除
                      </Chip>
                    )}
                  </View>
                  <ChipGroup label={`${w.name}的供餐日`}>
                    {WEEKDAYS.map((d, k) => (
                      <Chip
                        key={d}
                        on={w.days.includes(k + 1)}
                        label={`${w.name}${d}`}
                        onPress={() => toggleDay(i, k + 1)}
                      >
                        <Text aria-hidden="true">{d}</Text>
                      </Chip>
                    ))}
                  </ChipGroup>
                </View>
              ))}
              {s.windows.length < 8 && (
                <Button
                  size="small"
                  fill="outline"
                  onClick={() =>
                    set('windows', [...s.windows, { name: '夜宵', start: '21:00', end: '23:00', days: EVERY_DAY }])
                  }
                >
                  添加时段
                </Button>
              )}
              <Text className="muted canteen-line">结束时间早于开始时间表示跨过午夜；同一天的时段不能重叠</Text>
              <Choice
                label="每个餐位时长"
                options={amounts([15, 20, 30, 60], ' 分钟')}
                value={s.slotMinutes}
                onChange={(v) => set('slotMinutes', v)}
              />
              {count('seatsPerSlot', 'seats', '每个时段座位数', 4)}
              <Choice
                label="可提前预约"
                options={amounts([1, 2, 3, 5, 7], ' 天')}
                value={s.bookingDays}
                onChange={(v) => set('bookingDays', v)}
              />
              <Choice
                label="开餐前截止预约/取消"
                options={amounts([0, 15, 30, 60, 120], ' 分钟')}
                value={s.cutoffMinutes}
                onChange={(v) => set('cutoffMinutes', v)}
              />
              {count('riderDiscount', 'discount', '骑手价（原价的百分比，68 即 6.8 折，100 为不打折）', 3)}
              <Choice
                label="30 天内爽约几次暂停预约"
                options={amounts([2, 3, 5], ' 次')}
                value={s.noShowLimit}
                onChange={(v) => set('noShowLimit', v)}
              />
              <Button type="primary" block onClick={save}>
                {canteenId ? '保存设置' : '创建餐厅'}
              </Button>
            </View>
            {loaded && canteenId && (
              <>
                <View className="card">
                  <Text className="section-title">菜单</Text>
                  {loaded.menu.map((m) => (
                    <View key={m.id} className="row canteen-menu-item">
                      <Text className="grow">
                        {m.name} {yuan(m.priceCents)}
                      </Text>
                      {/* The switch is named by what it switches; its words show the state, which
                          aria-checked already tells a screen reader. */}
                      <Chip
                        role="switch"
                        on={m.available}
                        label={`${m.name}供应`}
                        onPress={() => saveDish({ ...m, available: !m.available })}
                      >
                        <Text aria-hidden="true">{m.available ? '供应中' : '已售罄'}</Text>
                      </Chip>
                    </View>
                  ))}
                  <View className="row canteen-admin__window">
                    <Input
                      name="dish"
                      placeholder="新菜名"
                      value={newDish.name}
                      onChange={(v) => setNewDish({ ...newDish, name: v })}
                      maxLength={30}
                      {...fieldProps('新菜名')}
                    />
                    <Input
                      name="dishPrice"
                      type="digit"
                      placeholder="价格（元）"
                      value={newDish.price}
                      onChange={(v) => setNewDish({ ...newDish, price: v })}
                      maxLength={7}
                      {...fieldProps('新菜价格（元）')}
                    />
                  </View>
                  <Button
                    fill="outline"
                    block
                    disabled={!newDish.name.trim() || !(Number(newDish.price) >= 0) || newDish.price === ''}
                    onClick={async () => {
                      if (
                        await saveDish({
                          name: newDish.name.trim(),
                          priceCents: Math.round(Number(newDish.price) * 100),
                          available: true,
                        })
                      )
                        setNewDish({ name: '', price: '' })
                    }}
                  >
                    添加菜品
                  </Button>
                </View>
                <View className="card">
                  <Text className="section-title">休息日与节假日</Text>
                  {loaded.closures.length === 0 && <Text className="muted">没有设置休息日</Text>}
                  {loaded.closures.map((c) => (
                    <View key={c.date} className="row canteen-menu-item">
                      <Text className="grow">
                        {dayText(c.date)} {c.reason}
                      </Text>
                      <Chip role="button" label={`取消 ${dayText(c.date)} 休息`} onPress={() => removeClosure(c.date)}>
                        <Text aria-hidden="true">取消休息</Text>
                      </Chip>
                    </View>
                  ))}
                  <View className="row canteen-admin__window">
                    <Picker
                      mode="date"
                      value={closure.date || shanghaiDay()}
                      start={shanghaiDay()}
                      onChange={(e) => setClosure({ ...closure, date: e.detail.value })}
                    >
                      <View
                        className="chip"
                        {...roleProps('button')}
                        aria-label={`休息日期 ${closure.date || '未选择'}`}
                      >
                        {closure.date || '选择日期'}
                      </View>
                    </Picker>
                    <Input
                      name="closureReason"
                      placeholder="原因，如 春节休息"
                      value={closure.reason}
                      onChange={(v) => setClosure({ ...closure, reason: v })}
                      maxLength={60}
                      {...fieldProps('休息原因')}
                    />
                  </View>
                  <Button fill="outline" block disabled={!closure.date} why="先选择停业日期" onClick={addClosure}>
                    设置休息日
                  </Button>
                  <Text className="muted canteen-line">当天已有的预约会被取消并通知本人</Text>
                </View>
                <View className="card">
                  <Text className="section-title">停用餐厅</Text>
                  <TextField
                    label="停用原因"
                    name="retireReason"
                    value={retireReason}
                    onChange={setRetireReason}
                    maxLength={60}
                  />
                  <Button type="danger" fill="outline" block onClick={retire}>
                    停用餐厅（保留历史记录）
                  </Button>
                </View>
              </>
            )}
          </>
        )}
      </PageState>
    </Screen>
  )
}
