import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import { roleProps } from '../../platform/a11y'
import { formatShanghai } from '../../services/time'
import { Button } from '../../ui/Button'
import './demands.css'
import './contract'

/** 圆梦墙: a community's fulfilled wishes with their thanks (names masked) and the counts. */
export default function Wall() {
  const communityId = Number(useRouter().params.communityId) || undefined
  const wall = useAction('demands', 'wishWall', communityId ? { communityId } : {})
  const w = wall.data
  return (
    <Screen className="demands">
      <PageState loading={wall.loading && !w} error={wall.error} onRetry={wall.reload}>
        {w && (
          <>
            <View className="card" role="group" aria-label="心愿统计">
              <Text className="section-title">{w.community.name} 圆梦墙</Text>
              <Text>
                已圆梦 {w.fulfilled} · 认领中 {w.inProgress} · 待认领 {w.open}
              </Text>
            </View>
            <PageState loading={false} empty={w.items.length === 0} emptyText="还没有圆梦的心愿，去认领一个吧">
              <View className="list" {...roleProps('list')} aria-label="已圆梦的心愿">
                {w.items.map((i) => (
                  <View key={i.wishId} className="card item" {...roleProps('listitem')} aria-label={i.title}>
                    <Text className="badge">{i.categoryLabel}</Text>
                    <Text className="item__title">{i.title}</Text>
                    <Text className="meta">
                      {i.wisher} 的心愿 · {i.kindLabel} {i.giver} 帮助实现 · {formatShanghai(i.confirmedAt, 'M月D日')}
                    </Text>
                    {i.thanks && <Text>“{i.thanks}”</Text>}
                  </View>
                ))}
              </View>
            </PageState>
            <Button
              fill="outline"
              block
              onClick={() =>
                Taro.navigateTo({ url: `/subpackages/demands/lists?tab=wishes&communityId=${w.community.id}` })
              }
            >
              看看待认领的心愿
            </Button>
          </>
        )}
      </PageState>
    </Screen>
  )
}
