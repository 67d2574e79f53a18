import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { formatHours, parseHours } from '../../../contract/hours-text'
import { FACILITIES, TIERS, type Facility } from '../../../contract/stations-labels'
import type { StationEdit } from '../../../contract/stations'
import { Choice, optionsOf } from '../../components/Choice'
import { Field } from '../../components/Field'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { TextField } from '../../components/TextField'
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
const YES_NO = [
  ['yes', '是'],
  ['no', '否'],
] as const
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

  /** One of the station's text fields, named by its key. */
  const text = (
    key: 'code' | 'name' | 'operator' | 'address' | 'phone' | 'afterHoursEntry' | 'riderOffers' | 'hoursText',
    label: string,
    more: { maxLength: number; placeholder?: string; type?: 'tel'; multiline?: boolean },
  ) => (
    <TextField
      label={label}
      name={key === 'hoursText' ? 'hours' : key}
      value={form?.[key] ?? ''}
      onChange={(v) => set(key, v)}
      {...more}
    />
  )

  return (
    <Screen>
      <PageState loading={!form && !source.error} error={source.error} onRetry={source.reload}>
        {form && (
          <View className="card detail__section">
            {text('code', '站点编码（贴在门口的二维码）', { maxLength: 32, placeholder: '如 DQ-09' })}
            {text('name', '名称', { maxLength: 40, placeholder: '如 大碶骑手驿站九分站' })}
            <Choice label="类型" options={optionsOf(TIERS)} value={form.tier} onChange={(t) => set('tier', t)} />
            <Choice
              label="所属社区"
              options={communities.map((c) => [c.id, c.name] as const)}
              value={form.communityId}
              onChange={(c) => set('communityId', c)}
            />
            {text('operator', '运营方', { maxLength: 40, placeholder: '选填' })}
            {text('address', '地址', { maxLength: 120, placeholder: '如 北仑区太白路 99 号' })}
            {text('phone', '电话', { maxLength: 20, placeholder: '选填', type: 'tel' })}
            <Field label="位置（GCJ-02 经纬度）">
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
              </View>
            </Field>
            <Choice
              label="24 小时开放"
              options={YES_NO}
              value={form.open24h ? 'yes' : 'no'}
              onChange={(v) => set('open24h', v === 'yes')}
            />
            {!form.open24h &&
              text('hoursText', '营业时间（1-5 08:00-20:00; 6,7 09:00-02:00，结束早于开始表示到次日）', {
                maxLength: 300,
                multiline: true,
              })}
            <Choice
              label="设施"
              options={optionsOf(FACILITIES)}
              value={form.facilities ?? []}
              onChange={toggleFacility}
            />
            {text('afterHoursEntry', '夜间进入方式', { maxLength: 120, placeholder: '如 按门铃，值班员开门' })}
            {text('riderOffers', '骑手优惠', { maxLength: 200, multiline: true })}
            <Button block type="primary" onClick={save}>
              {id ? '保存修改' : '创建站点'}
            </Button>
          </View>
        )}
      </PageState>
    </Screen>
  )
}
