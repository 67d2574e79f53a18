import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { holds } from '../../../contract/roles'
import { PageState } from '../../components/PageState'
import { Pressable } from '../../components/Pressable'
import { Screen } from '../../components/Screen'
import { useAction, useData } from '../../hooks/useAction'
import { call } from '../../services/call'
import { yuan } from '../../services/money'
import { passwordSignIn } from '../../platform/transport'
import { getSessionToken } from '../../services/session'
import { Button } from '../../ui/Button'
import './canteen.css'
import './contract'

const go = (url: string) => Taro.navigateTo({ url })

/** 延时餐厅: canteens with their hours and menu at the asker's price. */
export default function CanteenIndex() {
  const list = useAction('canteen', 'list', {})
  // Staff links on the cards: the counters this user runs, and settings for admins.
  const staff = useData(async () => {
    if (passwordSignIn && !getSessionToken()) return { counters: [], isAdmin: false }
    const quiet = { loading: false, toast: false } as const
    const [counters, me] = await Promise.all([
      call('canteen', 'myCounters', {}, quiet).catch(() => ({ items: [] })),
      call('user', 'me', {}, quiet).catch(() => null),
    ])
    return { counters: counters.items, isAdmin: !!me && holds(me, 'admin') }
  }, [])
  const counters = staff.data?.counters ?? []
  const isAdmin = staff.data?.isAdmin ?? false
  const data = list.data
  return (
    <Screen className="canteen">
      <View className="canteen__links row">
        <Pressable className="canteen__link" role="link" onPress={() => go('/subpackages/canteen/bookings')}>
          我的预约
        </Pressable>
        <Pressable className="canteen__link" role="link" onPress={() => go('/subpackages/canteen/rider')}>
          骑手认证
        </Pressable>
      </View>
      {data && data.signedIn && !data.riderVerified && (
        <Pressable className="canteen__banner" role="link" onPress={() => go('/subpackages/canteen/rider')}>
          骑手认证后用餐享折扣价，去认证 ›
        </Pressable>
      )}
      <PageState
        loading={list.loading}
        error={list.error}
        onRetry={list.reload}
        empty={data?.items.length === 0}
        emptyText="附近暂时没有延时餐厅"
        emptyAction={{
          label: '去找附近的服务站点',
          onPress: () => Taro.navigateTo({ url: '/subpackages/stations/index' }),
        }}
      >
        <View role="list" aria-label="餐厅列表">
          {data?.items.map((c) => (
            <View key={c.id} className="card canteen-card" role="listitem" aria-label={c.name}>
              <Text className="canteen-card__name">{c.name}</Text>
              <Text className="muted canteen-line">
                {c.communityName} · {c.address}
              </Text>
              <Text className="canteen-card__hours">
                {c.windows.map((w) => `${w.name} ${w.start}–${w.end}`).join(' · ')}
              </Text>
              <View className="row canteen-card__tags">
                <Text className="canteen-tag">骑手 {c.riderDiscount}</Text>
                {data.riderVerified && <Text className="canteen-tag canteen-tag--ok">你已享骑手价</Text>}
              </View>
              <View className="canteen-card__menu">
                {c.menu.slice(0, 4).map((m) => (
                  <Text key={m.id} className={`canteen-dish ${m.available ? '' : 'canteen-dish--out'}`}>
                    {m.name} {yuan(m.yourPriceCents)}
                  </Text>
                ))}
              </View>
              <Button type="primary" block onClick={() => go(`/subpackages/canteen/book?id=${c.id}`)}>
                预约座位
              </Button>
              {counters.some((x) => x.id === c.id) && (
                <View className="row canteen-actions">
                  <Button fill="outline" onClick={() => go(`/subpackages/canteen/counter?id=${c.id}`)}>
                    柜台核销
                  </Button>
                  {isAdmin && (
                    <Button fill="outline" onClick={() => go(`/subpackages/canteen/admin?id=${c.id}`)}>
                      餐厅设置
                    </Button>
                  )}
                </View>
              )}
            </View>
          ))}
        </View>
      </PageState>
    </Screen>
  )
}
