import { View, Text } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { FEATURE_TILES, type FeatureTile } from '../../entries'
import { PageState } from '../../components/PageState'
import { Pressable } from '../../components/Pressable'
import { Screen } from '../../components/Screen'
import { useAction, useData } from '../../hooks/useAction'
import { refreshUnreadBadge } from '../../services/unread'
import { call } from '../../services/call'
import { getSessionToken } from '../../services/session'
import { passwordSignIn } from '../../platform/transport'
import { Button } from '../../ui/Button'
import { Tag } from '../../ui/Tag'
import './index.css'
import { toast } from '../../services/toast'
import { whenText } from '../../services/time'

function openTile(tile: FeatureTile) {
  if (tile.path) return Taro.navigateTo({ url: tile.path })
  toast(`${tile.title}即将上线`)
}

// First use: the app asks once per launch for the community and roles (a new WeChat user, or
// someone who just registered on H5); afterwards 我的 keeps offering it until it is done.
let askedToOnboard = false

export default function Home() {
  const home = useAction('community', 'home', {})
  // Greet the signed-in user; on H5 without a session (or with an ended one), offer sign-in instead.
  const greeting = useData(async () => {
    if (passwordSignIn && !getSessionToken()) return null
    const m = await call('user', 'me', {}, { loading: false, toast: false }).catch(() => null)
    if (m && !m.onboarded && !askedToOnboard) {
      askedToOnboard = true
      void Taro.navigateTo({ url: '/subpackages/user/onboarding' })
    }
    return m
  }, [])
  const me = greeting.data
  useDidShow(refreshUnreadBadge)
  usePullDownRefresh(() => void home.reload().finally(() => Taro.stopPullDownRefresh()))

  const c = home.data?.community
  return (
    <Screen className="home">
      <PageState loading={home.loading} error={home.error} onRetry={home.reload}>
        {c && (
          <View className="home__hero">
            <Text className="home__community">{c.name}</Text>
            <Text className="home__district">
              {c.district}
              {c.street ? ` · ${c.street}` : ''}
            </Text>
            <Text className="home__motto">“{c.motto}”</Text>
            {(c.enterprises || c.workers) && (
              <View className="home__stats">
                {c.enterprises && (
                  <View className="home__stat">
                    <Text className="home__stat-num">{c.enterprises}</Text>
                    <Text className="home__stat-label">家企业</Text>
                  </View>
                )}
                {c.workers && (
                  <View className="home__stat">
                    <Text className="home__stat-num">{(c.workers / 10000).toFixed(1)} 万</Text>
                    <Text className="home__stat-label">名职工</Text>
                  </View>
                )}
              </View>
            )}
          </View>
        )}
      </PageState>

      {me ? (
        <View className="card row home__greeting">
          <Text className="grow">你好，{me.displayName}</Text>
          <Tag type="primary">{me.roleLabel}</Tag>
        </View>
      ) : (
        me === null && (
          <View className="card row home__greeting">
            <Text className="grow">登录后可预约、报名、提交诉求</Text>
            <Button size="small" type="primary" onClick={() => Taro.navigateTo({ url: '/pages/login/index' })}>
              登录
            </Button>
          </View>
        )
      )}

      {(home.data?.next.length ?? 0) > 0 && (
        <View className="card home__next" role="region" aria-label="接下来">
          <Text className="section-title">接下来</Text>
          {home.data!.next.map((n) => (
            <Pressable
              key={`${n.url}|${n.at}`}
              role="link"
              className="home__next-item"
              onPress={() => Taro.navigateTo({ url: n.url })}
            >
              <Text className={n.overdue ? 'home__next-when home__next-when--late' : 'home__next-when'}>
                {n.overdue ? `已逾期 · ${whenText(n.at)}` : whenText(n.at)}
              </Text>
              <Text className="home__next-title">
                {n.label}：{n.title}
              </Text>
            </Pressable>
          ))}
        </View>
      )}

      <View className="home__tiles" role="list" aria-label="社区服务">
        {FEATURE_TILES.map((tile) => (
          <View key={tile.key} role="listitem" className="home__tile-item">
            <Pressable
              className={`home__tile${tile.path ? '' : ' home__tile--soon'}`}
              role={tile.path ? 'link' : 'button'}
              onPress={() => openTile(tile)}
            >
              <Text className="glyph-badge" aria-hidden="true">
                {tile.glyph}
              </Text>
              <Text className="home__tile-title">{tile.title}</Text>
              <Text className="home__tile-sub">{tile.path ? tile.subtitle : '即将上线'}</Text>
            </Pressable>
          </View>
        ))}
      </View>
      {c && <Text className="muted home__intro">{c.intro}</Text>}
    </Screen>
  )
}
