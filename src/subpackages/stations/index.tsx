import { View, Text, Input as NativeInput } from '@tarojs/components'
import Taro, { useLoad, usePullDownRefresh } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import { FACILITIES, type Facility } from '../../../contract/stations-labels'
import type { StationSummary } from '../../../contract/stations'
import { Chip } from '../../components/Chip'
import { FilterBar } from '../../components/FilterBar'
import { PageState } from '../../components/PageState'
import { Pressable } from '../../components/Pressable'
import { Screen } from '../../components/Screen'
import { announce, fieldProps } from '../../platform/a11y'
import { locate } from '../../platform/location'
import { holds } from '../../../contract/roles'
import { call, type CallError } from '../../services/call'
import { getSessionToken } from '../../services/session'
import { whenText } from '../../services/time'
import { StationCard } from './components/StationCard'
import { StationMap } from './components/StationMap'
import { distanceText } from './format'
import './stations.css'
import { toast } from '../../services/toast'
import './contract'

/** Where distances are measured from: the phone's location, or (location off) the community centre. */
type Origin = { lng: number; lat: number; label: string; located: boolean }
interface Cached {
  items: StationSummary[]
  at: string
  origin: Origin
}
const CACHE_KEY = 'stations.lastList'
/**
 * The filters a person last chose, kept on the phone (a rider's 电动车充电 stays on). Until they
 * choose, a rider starts with e-bike charging on: that is what a rider looks for.
 */
const FILTERS_KEY = 'stations.filters'
interface Filters {
  facilities: Facility[]
  openNow: boolean
}
/** E-bike charging is one tap away, next to 现在开放; the other facilities wait behind 筛选. */
const PINNED: Facility = 'ebike_charging'
const CHIPS = (Object.keys(FACILITIES) as Facility[]).filter((f) => f !== PINNED)

function savedFilters(): Filters | null {
  try {
    const f = Taro.getStorageSync(FILTERS_KEY) as Partial<Filters> | ''
    if (f && Array.isArray(f.facilities))
      return { facilities: f.facilities.filter((x) => x in FACILITIES), openNow: !!f.openNow }
  } catch {
    // Storage unreadable: start with the defaults.
  }
  return null
}

/** The rider's first screen: nearest stations, filters, list ↔ map, the last list kept offline. */
export default function Stations() {
  const [origin, setOrigin] = useState<Origin>()
  const [saved] = useState(savedFilters)
  const [facilities, setFacilities] = useState<Facility[]>(saved?.facilities ?? [])
  const [openNow, setOpenNow] = useState(saved?.openNow ?? false)
  const [rider, setRider] = useState(false)
  // No filters chosen yet and signed in: the first list waits for who this is (a rider's default).
  const [defaultsKnown, setDefaultsKnown] = useState(!!saved || !getSessionToken())
  const chosen = useRef(!!saved)
  const [q, setQ] = useState('')
  const [view, setView] = useState<'list' | 'map'>('list')
  const [items, setItems] = useState<StationSummary[]>()
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<CallError>()
  const [stale, setStale] = useState<string>()
  const [selected, setSelected] = useState<StationSummary>()
  const seq = useRef(0)

  const findMe = async () => {
    const here = await locate()
    if (here) setOrigin({ ...here, label: '我的位置', located: true })
    return here
  }

  useLoad(async () => {
    // Riders are shown riding time; everyone else walking time.
    if (getSessionToken())
      void call('user', 'me', {}, { loading: false, toast: false })
        .then((me) => {
          const isRider = holds(me, 'rider')
          setRider(isRider)
          if (isRider && !chosen.current) setFacilities([PINNED])
        })
        .catch(() => undefined)
        .finally(() => setDefaultsKnown(true))
    if (await findMe()) return
    // Location refused or unavailable: the user's community centre instead.
    const home = await call('community', 'home', {}, { loading: false, toast: false }).catch(() => null)
    if (home) {
      toast(`未获取定位，按${home.community.name}查找`)
      setOrigin({ lng: home.community.lng, lat: home.community.lat, label: home.community.name, located: false })
    } else {
      const cached = Taro.getStorageSync(CACHE_KEY) as Cached | ''
      if (cached) setOrigin(cached.origin)
      else setError({ code: 'NETWORK', message: '网络不通，且没有定位' } as CallError)
      setLoading(false)
    }
  })

  const load = useCallback(async () => {
    if (!origin || !defaultsKnown) return
    const mine = ++seq.current
    setLoading(true)
    setError(undefined)
    try {
      const r = await call(
        'stations',
        'nearby',
        { lng: origin.lng, lat: origin.lat, radiusM: q ? 50_000 : 10_000, facilities, openNow, q, limit: 30 },
        { loading: false, toast: false },
      )
      if (mine !== seq.current) return
      setItems(r.items)
      setStale(undefined)
      // Screen readers hear what a search or filter found.
      announce(r.items.length ? `找到 ${r.items.length} 个站点` : '没有符合条件的站点')
      Taro.setStorageSync(CACHE_KEY, { items: r.items, at: r.at, origin } satisfies Cached)
    } catch (e) {
      if (mine !== seq.current) return
      const err = e as CallError
      const cached = Taro.getStorageSync(CACHE_KEY) as Cached | ''
      // Network down: show the last list we had, with when it was fetched.
      if (err.code === 'NETWORK' && cached) {
        setItems(cached.items)
        setStale(whenText(cached.at))
      } else setError(err)
    } finally {
      if (mine === seq.current) setLoading(false)
    }
  }, [origin, facilities, openNow, q, defaultsKnown])

  useEffect(() => {
    void load()
  }, [load])
  // Kept once the person has chosen (a default is not a choice: it follows the role).
  useEffect(() => {
    if (chosen.current) Taro.setStorageSync(FILTERS_KEY, { facilities, openNow } satisfies Filters)
  }, [facilities, openNow])
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()))

  const choose = () => {
    chosen.current = true
  }
  const toggle = (f: Facility) => {
    choose()
    setFacilities((fs) => (fs.includes(f) ? fs.filter((x) => x !== f) : [...fs, f]))
  }
  const open = (s: StationSummary) => Taro.navigateTo({ url: `/subpackages/stations/detail?id=${s.id}` })

  return (
    <Screen className="stations">
      <View className="stations__search row">
        <NativeInput
          className="stations__input grow"
          placeholder="搜索站点名称或地址"
          confirmType="search"
          maxlength={30}
          onConfirm={(e) => setQ(e.detail.value.trim())}
          onBlur={(e) => setQ(e.detail.value.trim())}
          {...fieldProps('搜索站点名称或地址')}
        />
        <Pressable className="stations__switch" onPress={() => setView(view === 'list' ? 'map' : 'list')}>
          {view === 'list' ? '地图' : '列表'}
        </Pressable>
      </View>
      <FilterBar
        pinned={
          <>
            <Chip
              on={openNow}
              onPress={() => {
                choose()
                setOpenNow(!openNow)
              }}
            >
              现在开放
            </Chip>
            <Chip on={facilities.includes(PINNED)} onPress={() => toggle(PINNED)}>
              {FACILITIES[PINNED]}
            </Chip>
          </>
        }
        groups={[
          {
            title: '设施',
            multi: true,
            options: CHIPS.map((f) => ({ key: f, label: FACILITIES[f] })),
            selected: facilities.filter((f) => f !== PINNED),
            onToggle: (f) => toggle(f as Facility),
          },
        ]}
        onClear={() => {
          choose()
          setFacilities((fs) => fs.filter((f) => f === PINNED))
        }}
      />
      {origin && !origin.located && (
        <View className="stations__locate" role="region" aria-label="定位未开启">
          <Text className="grow">定位未开启，距离按社区中心计算，可能不准。</Text>
          <Pressable
            className="stations__locate-button"
            onPress={async () => {
              if (!(await findMe())) toast('仍未获取定位，请在浏览器或系统设置中允许定位')
            }}
          >
            开启定位
          </Pressable>
        </View>
      )}
      {origin && (
        <Text className="muted stations__origin">
          按{origin.label}查找 · 由近到远{openNow ? '' : '（开放的在前）'}
        </Text>
      )}
      {stale && (
        <View className="stations__stale" role="status">
          网络不通，显示的是 {stale} 更新的列表
        </View>
      )}

      <PageState
        loading={loading && !items}
        error={error}
        empty={items?.length === 0}
        emptyAction={
          openNow || facilities.length || q
            ? {
                label: '清除筛选和搜索',
                onPress: () => {
                  choose()
                  setOpenNow(false)
                  setFacilities([])
                  setQ('')
                },
              }
            : undefined
        }
        emptyText={openNow || facilities.length || q ? '附近没有符合条件的站点，试试减少筛选条件' : '附近暂无站点'}
        onRetry={load}
      >
        {items && view === 'map' && origin && (
          <>
            <StationMap stations={items} me={origin} selectedId={selected?.id} onSelect={setSelected} />
            {selected && (
              <Pressable className="card station-pick" role="link" onPress={() => open(selected)}>
                <Text className="station-card__name">{selected.name}</Text>
                <Text className="muted">
                  {origin.located ? '' : '距社区中心 '}
                  {distanceText(selected.distanceM)} ·{' '}
                  {rider ? `骑行 ${selected.rideMinutes} 分钟` : `步行 ${selected.walkMinutes} 分钟`} ·{' '}
                  {selected.openNow ? '营业中' : `已关闭${selected.opensText ? `，${selected.opensText}` : ''}`} ·
                  查看详情 ›
                </Text>
              </Pressable>
            )}
            {/* The nearest under the map, as a bottom sheet: tap one to see it on the map. */}
            <View className="card station-sheet" role="list" aria-label="附近站点">
              <Text className="section-title">附近站点（开放的在前）</Text>
              {items.slice(0, 5).map((s) => (
                <View key={s.id} role="listitem">
                  <Pressable
                    className={`station-sheet__row${s.id === selected?.id ? ' station-sheet__row--on' : ''}`}
                    pressed={s.id === selected?.id}
                    label={s.name}
                    onPress={() => setSelected(s)}
                  >
                    <Text className="station-card__name">
                      {s.tierLabel} · {s.name}
                    </Text>
                    <Text className="muted">
                      {distanceText(s.distanceM)} · {s.openNow ? '营业中' : '已关闭'}
                    </Text>
                  </Pressable>
                </View>
              ))}
            </View>
          </>
        )}
        {items && view === 'list' && (
          <View role="list" aria-label="站点列表">
            {items.map((s) => (
              <StationCard key={s.id} s={s} onOpen={open} rider={rider} fromCentre={!origin?.located} />
            ))}
          </View>
        )}
      </PageState>
    </Screen>
  )
}
