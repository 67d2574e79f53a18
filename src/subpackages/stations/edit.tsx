import { View, Textarea } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { formatHours, parseHours } from '../../../contract/hours-text'
import { FACILITIES, TIERS, type Facility, type Tier } from '../../../contract/stations-labels'
import type { StationEdit } from '../../../contract/stations'
import { Chip, ChipGroup } from '../../components/Chip'
import { Field } from '../../components/Field'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { fieldProps } from '../../platform/a11y'
import { useData } from '../../hooks/useAction'
import { locate } from '../../platform/location'
import { call } from '../../services/call'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import './stations.css'
import { toast } from '../../services/toast'
import './contract'

type Community = { id: number; name: string }
const blank: StationEdit & { hoursText: string } = {
  code: '',
  name: '',
  tier: 'sub_station',
  communityId: 0,
  operator: '',
  address: '',
  phone: '',
  lng: 0,
  lat: 0,
  open24h: false,
  hours: [],
  facilities: [],
  afterHoursEntry: '',
  riderOffers: '',
  photos: [],
  hoursText: '1-7 08:00-20:00',
}

/** Admin: create a station, or with ?id= edit one. The server checks every field again. */
export default function EditStation() {
  const { params } = useRouter()
  const id = params.id ? Number(params.id) : undefined
  const [form, setForm] = useState<typeof blank>()
  const [coords, setCoords] = useState({ lng: '', lat: '' })
  const set = <K extends keyof typeof blank>(key: K, value: (typeof blank)[K]) =>
    setForm((f) => f && { ...f, [key]: value })

  const source = useData(async () => {
    const home = await call('community', 'home', {}, { loading: false, toast: false })
    const station = id ? await call('stations', 'detail', { id }, { loading: false, toast: false }) : null
    return { communities: home.communities as Community[], home: home.community.id, station }
  }, [id])
  const communities = source.data?.communities ?? []
  // The form starts from what was loaded, once: a later refresh must not wipe what is being typed.
  useEffect(() => {
    const loaded = source.data
    if (!loaded || form) return
    const d = loaded.station
    if (!d) return setForm({ ...blank, communityId: loaded.home })
    setForm({
      code: d.code,
      name: d.name,
      tier: d.tier,
      communityId: d.communityId,
      operator: d.operator,
      address: d.address,
      phone: d.phone,
      lng: d.lng,
      lat: d.lat,
      open24h: d.open24h,
      hours: d.hours,
      facilities: d.facilities,
      afterHoursEntry: d.afterHoursEntry,
      riderOffers: d.riderOffers,
      photos: d.photos,
      hoursText: formatHours(d.hours),
    })
    setCoords({ lng: String(d.lng), lat: String(d.lat) })
  }, [source.data, form])

  const useHere = async () => {
    const here = await locate()
    if (!here) return toast('没有拿到位置，请手动填写经纬度')
    setCoords({ lng: here.lng.toFixed(6), lat: here.lat.toFixed(6) })
  }
  const toggleFacility = (f: Facility) =>
    set(
      'facilities',
      form!.facilities!.includes(f) ? form!.facilities!.filter((x) => x !== f) : [...form!.facilities!, f],
    )

  const save = async () => {
    if (!form) return
    const { hoursText, ...station } = form
    const hours = form.open24h ? [] : parseHours(hoursText)
    if (typeof hours === 'string') return toast(hours, { duration: 3000 })
    const lng = Number(coords.lng)
    const lat = Number(coords.lat)
    if (!coords.lng || !coords.lat || Number.isNaN(lng) || Number.isNaN(lat)) {
      return toast('请填写经纬度，或点「用当前位置」')
    }
    const r = await call(
      'stations',
      'save',
      { id, station: { ...station, hours, lng, lat } },
      { loading: '正在保存' },
    ).catch(() => null)
    if (r) {
      toast(id ? '已保存' : '站点已创建', { icon: 'success' })
      void Taro.redirectTo({ url: `/subpackages/stations/detail?id=${r.id}` })
    }
  }

  const field = (label: string, control: JSX.Element) => <Field label={label}>{control}</Field>
  const chips = <T extends string | number>(
    name: string,
    values: readonly T[],
    on: (v: T) => boolean,
    label: (v: T) => string,
    pick: (v: T) => void,
    multi = false,
  ) => (
    <ChipGroup label={name} kind={multi ? 'group' : 'radiogroup'}>
      {values.map((v) => (
        <Chip key={v} role={multi ? 'checkbox' : 'radio'} on={on(v)} onPress={() => pick(v)}>
          {label(v)}
        </Chip>
      ))}
    </ChipGroup>
  )

  return (
    <Screen>
      <PageState loading={!form && !source.error} error={source.error} onRetry={source.reload}>
        {form && (
          <View className="card detail__section">
            {field(
              '站点编码（贴在门口的二维码）',
              <Input
                name="code"
                value={form.code}
                onChange={(v) => set('code', v)}
                maxLength={32}
                placeholder="如 DQ-09"
              />,
            )}
            {field(
              '名称',
              <Input
                name="name"
                value={form.name}
                onChange={(v) => set('name', v)}
                maxLength={40}
                placeholder="如 大碶骑手驿站九分站"
              />,
            )}
            {field(
              '类型',
              chips(
                '类型',
                Object.keys(TIERS) as Tier[],
                (t) => form.tier === t,
                (t) => TIERS[t],
                (t) => set('tier', t),
              ),
            )}
            {field(
              '所属社区',
              chips(
                '所属社区',
                communities.map((c) => c.id),
                (c) => form.communityId === c,
                (c) => communities.find((x) => x.id === c)!.name,
                (c) => set('communityId', c),
              ),
            )}
            {field(
              '运营方',
              <Input
                name="operator"
                value={form.operator ?? ''}
                onChange={(v) => set('operator', v)}
                maxLength={40}
                placeholder="选填"
              />,
            )}
            {field(
              '地址',
              <Input
                name="address"
                value={form.address}
                onChange={(v) => set('address', v)}
                maxLength={120}
                placeholder="如 北仑区太白路 99 号"
              />,
            )}
            {field(
              '电话',
              <Input
                name="phone"
                type="tel"
                value={form.phone ?? ''}
                onChange={(v) => set('phone', v)}
                maxLength={20}
                placeholder="选填"
              />,
            )}
            {field(
              '位置（GCJ-02 经纬度）',
              <View className="row station-field__coords">
                <Input
                  name="lng"
                  type="digit"
                  value={coords.lng}
                  onChange={(v) => setCoords((c) => ({ ...c, lng: v }))}
                  placeholder="经度"
                  {...fieldProps('经度')}
                />
                <Input
                  name="lat"
                  type="digit"
                  value={coords.lat}
                  onChange={(v) => setCoords((c) => ({ ...c, lat: v }))}
                  placeholder="纬度"
                  {...fieldProps('纬度')}
                />
                <Button size="small" onClick={useHere}>
                  用当前位置
                </Button>
              </View>,
            )}
            {field(
              '24 小时开放',
              chips(
                '24 小时开放',
                ['yes', 'no'] as const,
                (v) => (v === 'yes') === form.open24h,
                (v) => (v === 'yes' ? '是' : '否'),
                (v) => set('open24h', v === 'yes'),
              ),
            )}
            {!form.open24h &&
              field(
                '营业时间（1-5 08:00-20:00; 6,7 09:00-02:00，结束早于开始表示到次日）',
                <Textarea
                  className="ls-textarea"
                  name="hours"
                  maxlength={300}
                  value={form.hoursText}
                  onInput={(e) => set('hoursText', e.detail.value)}
                />,
              )}
            {field(
              '设施',
              chips(
                '设施',
                Object.keys(FACILITIES) as Facility[],
                (f) => form.facilities!.includes(f),
                (f) => FACILITIES[f],
                toggleFacility,
                true,
              ),
            )}
            {field(
              '夜间进入方式',
              <Input
                name="afterHoursEntry"
                value={form.afterHoursEntry ?? ''}
                onChange={(v) => set('afterHoursEntry', v)}
                maxLength={120}
                placeholder="如 按门铃，值班员开门"
              />,
            )}
            {field(
              '骑手优惠',
              <Textarea
                className="ls-textarea"
                name="riderOffers"
                maxlength={200}
                value={form.riderOffers ?? ''}
                onInput={(e) => set('riderOffers', e.detail.value)}
              />,
            )}
            <Button block type="primary" onClick={save}>
              {id ? '保存修改' : '创建站点'}
            </Button>
          </View>
        )}
      </PageState>
    </Screen>
  )
}
