import { View, Text, Picker } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { Chip, ChipGroup } from '../../components/Chip'
import { Field } from '../../components/Field'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { fieldProps, roleProps } from '../../platform/a11y'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { yuan } from '../../services/money'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import './canteen.css'
import { toast } from '../../services/toast'
import './contract'

type Settings = Awaited<ReturnType<typeof call<'canteen', 'settings'>>>
type Window = Settings['windows'][number]

function Chips<T extends number>({
  values,
  value,
  onChange,
  label,
  unit,
}: {
  values: T[]
  value: T
  onChange: (v: T) => void
  label: string
  unit: string
}) {
  return (
    <Field label={label}>
      <ChipGroup label={label} kind="radiogroup">
        {values.map((v) => (
          <Chip key={v} role="radio" on={v === value} onPress={() => onChange(v)}>
            {`${v}${unit}`}
          </Chip>
        ))}
      </ChipGroup>
    </Field>
  )
}

/** Admin: service windows, slots, seats, booking rules, rider discount; the menu. */
export default function CanteenAdmin() {
  const { params } = useRouter()
  const canteenId = Number(params.id)
  const settings = useAction('canteen', 'settings', { canteenId }, [canteenId])
  // An editable copy of what was loaded; a reload (after a dish is saved) starts it afresh.
  const [s, setS] = useState<Settings>()
  useEffect(() => setS(settings.data), [settings.data])
  const [newDish, setNewDish] = useState({ name: '', price: '' })
  const load = settings.reload

  const set = <K extends keyof Settings>(k: K, v: Settings[K]) => s && setS({ ...s, [k]: v })
  const setWindow = (i: number, w: Partial<Window>) =>
    s &&
    set(
      'windows',
      s.windows.map((x, j) => (j === i ? { ...x, ...w } : x)),
    )
  const save = async () => {
    if (!s) return
    const { windows, slotMinutes, seatsPerSlot, bookingDays, cutoffMinutes, riderDiscount, noShowLimit } = s
    const r = await call(
      'canteen',
      'saveSettings',
      { canteenId, windows, slotMinutes, seatsPerSlot, bookingDays, cutoffMinutes, riderDiscount, noShowLimit },
      { loading: '正在保存' },
    ).catch(() => null)
    if (r) toast('已保存，未预约的时段按新设置')
  }
  const saveDish = async (d: { id?: number; name: string; priceCents: number; available: boolean }) => {
    const r = await call(
      'canteen',
      'saveMenuItem',
      { canteenId, ...(d.id ? { itemId: d.id } : {}), name: d.name, priceCents: d.priceCents, available: d.available },
      { loading: '正在保存' },
    ).catch(() => null)
    if (r) load()
    return Boolean(r)
  }

  return (
    <Screen className="canteen">
      <PageState loading={!s && !settings.error} error={settings.error} onRetry={load}>
        {s && (
          <>
            <View className="card">
              <Text className="section-title">{s.name} · 供餐时段</Text>
              {s.windows.map((w, i) => (
                <View key={i} className="row canteen-admin__window">
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
              ))}
              {s.windows.length < 4 && (
                <Button
                  size="small"
                  fill="outline"
                  onClick={() => set('windows', [...s.windows, { name: '夜宵', start: '21:00', end: '23:00' }])}
                >
                  添加时段
                </Button>
              )}
              <Text className="muted canteen-line">结束时间早于开始时间表示跨过午夜</Text>
              <Chips
                label="每个餐位时长"
                values={[15, 20, 30, 60]}
                value={s.slotMinutes}
                onChange={(v) => set('slotMinutes', v)}
                unit=" 分钟"
              />
              <Field label="每个时段座位数">
                <Input
                  name="seats"
                  type="number"
                  value={String(s.seatsPerSlot)}
                  onChange={(v) => set('seatsPerSlot', Number(v) || 0)}
                  maxLength={4}
                />
              </Field>
              <Chips
                label="可提前预约"
                values={[1, 2, 3, 5, 7]}
                value={s.bookingDays}
                onChange={(v) => set('bookingDays', v)}
                unit=" 天"
              />
              <Chips
                label="开餐前截止预约/取消"
                values={[0, 15, 30, 60, 120]}
                value={s.cutoffMinutes}
                onChange={(v) => set('cutoffMinutes', v)}
                unit=" 分钟"
              />
              <Field label="骑手价（原价的百分比，68 即 6.8 折）">
                <Input
                  name="discount"
                  type="number"
                  value={String(s.riderDiscount)}
                  onChange={(v) => set('riderDiscount', Number(v) || 0)}
                  maxLength={3}
                />
              </Field>
              <Chips
                label="30 天内爽约几次暂停预约"
                values={[2, 3, 5]}
                value={s.noShowLimit}
                onChange={(v) => set('noShowLimit', v)}
                unit=" 次"
              />
              <Button type="primary" block onClick={save}>
                保存设置
              </Button>
            </View>
            <View className="card">
              <Text className="section-title">菜单</Text>
              {s.menu.map((m) => (
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
          </>
        )}
      </PageState>
    </Screen>
  )
}
