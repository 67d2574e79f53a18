import { View, Text } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { FEATURE_TILES, type FeatureTile } from '../../features'
import { PageState } from '../../components/PageState'
import { useAction } from '../../hooks/useAction'
import { refreshUnreadBadge } from '../../services/unread'
import { call } from '../../services/call'
import { getSessionToken } from '../../services/session'
import { passwordSignIn } from '../../platform/transport'
import { Button, Tag } from '../../ui/nutui'
import type { Me } from '../../../contract/user'
import './index.css'

function openTile(tile: FeatureTile) {
  if (tile.path) return Taro.navigateTo({ url: tile.path })
  Taro.showToast({ title: `${tile.title}即将上线`, icon: 'none' })
}

// First use: the app asks once per launch for the community and roles (a new WeChat user, or
// someone who just registered on H5); afterwards 我的 keeps offering it until it is done.
let askedToOnboard = false

export default function Home() {
  const home = useAction('community', 'home', {})
  const [me, setMe] = useState<Me | null>()

  useDidShow(() => {
    refreshUnreadBadge()
    // Greet the signed-in user; on H5 without a session, offer sign-in instead.
    if (passwordSignIn && !getSessionToken()) return setMe(null)
    call('user', 'me', {}, { loading: false, toast: false }).then(
      (m) => {
        setMe(m)
        if (!m.onboarded && !askedToOnboard) {
          askedToOnboard = true
          void Taro.navigateTo({ url: '/subpackages/account/onboarding' })
        }
      },
      () => setMe(null),
    )
  })
  usePullDownRefresh(() => void home.reload().finally(() => Taro.stopPullDownRefresh()))

  const c = home.data?.community
  return (
    <View className="page home">
      <PageState loading={home.loading} error={home.error} onRetry={home.reload}>
        {c && (
          <View className="home__hero">
            <Text className="home__community">{c.name}</Text>
            <Text className="home__district">
              {c.district} · {c.street}
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

      <View className="home__tiles" role="list" aria-label="社区服务">
        {FEATURE_TILES.map((tile) => (
          <View key={tile.key} className="home__tile" role="listitem" onClick={() => openTile(tile)}>
            <Text className="glyph-badge">{tile.glyph}</Text>
            <Text className="home__tile-title">{tile.title}</Text>
            <Text className="home__tile-sub">{tile.path ? tile.subtitle : '即将上线'}</Text>
          </View>
        ))}
      </View>
      {c && <Text className="muted home__intro">{c.intro}</Text>}
    </View>
  )
}
