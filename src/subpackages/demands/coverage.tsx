import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { Chip, ChipGroup } from '../../components/Chip'
import { PageState } from '../../components/PageState'
import { Pressable } from '../../components/Pressable'
import { Screen } from '../../components/Screen'
import { useAction, useData } from '../../hooks/useAction'
import { roleProps } from '../../platform/a11y'
import { call } from '../../services/call'
import { dayText } from '../../services/time'
import { Button } from '../../ui/Button'
import './demands.css'
import './contract'

const go = (url: string) => Taro.navigateTo({ url })
const pct = (a: number, b: number) => (b === 0 ? '—' : `${Math.round((a / b) * 100)}%`)

/**
 * 走访覆盖: this quarter's visited share per grid, and the enterprises in the order to visit them —
 * never visited or not for 90 days first, each with 计划走访 at hand.
 */
export default function CoveragePage() {
  const options = useAction('demands', 'options', {})
  const communities = options.data?.communities ?? []
  const [communityId, setCommunityId] = useState<number>()
  const [gridId, setGridId] = useState<number>()
  const [page, setPage] = useState(1)
  const chosen = communityId ?? communities[0]?.id
  const cov = useData(
    () =>
      chosen
        ? call(
            'demands',
            'coverage',
            { communityId: chosen, ...(gridId ? { gridId } : {}), page },
            { loading: false, toast: false },
          )
        : Promise.resolve(undefined),
    [chosen, gridId, page],
  )
  const c = cov.data
  return (
    <Screen className="demands">
      <PageState
        loading={options.loading || cov.loading}
        error={options.error ?? cov.error}
        onRetry={cov.reload}
        empty={!!options.data && communities.length === 0}
        emptyText="只有社区社工和管理员可以查看走访覆盖"
      >
        {communities.length > 1 && (
          <ChipGroup label="社区" kind="radiogroup" scroll>
            {communities.map((x) => (
              <Chip
                key={x.id}
                role="radio"
                on={chosen === x.id}
                onPress={() => (setCommunityId(x.id), setGridId(undefined), setPage(1))}
              >
                {x.name}
              </Chip>
            ))}
          </ChipGroup>
        )}
        {c && (
          <>
            <View className="card">
              <Text className="section-title">
                {c.community} · {c.quarter}走访覆盖
              </Text>
              <Text className="item__title">
                已走访 {c.total.visitedThisQuarter} / {c.total.enterprises} 家（
                {pct(c.total.visitedThisQuarter, c.total.enterprises)}）
              </Text>
              <Text className="meta">90 天以上未走访（含从未走访）：{c.total.overdue} 家</Text>
              <View {...roleProps('list')} aria-label="各网格走访覆盖">
                {c.grids.map((g) => (
                  <View
                    key={g.gridId ?? 0}
                    className="row"
                    {...roleProps('listitem')}
                    aria-label={`${g.grid}，本季度已走访 ${g.visitedThisQuarter} / ${g.enterprises}`}
                  >
                    <Text className="meta grow">
                      {g.grid}（{g.worker ?? '无负责社工'}）：{g.visitedThisQuarter}/{g.enterprises}，待走访 {g.overdue}
                    </Text>
                  </View>
                ))}
              </View>
            </View>
            <ChipGroup label="网格" kind="radiogroup" scroll>
              <Chip role="radio" on={!gridId} onPress={() => (setGridId(undefined), setPage(1))}>
                全部网格
              </Chip>
              {c.grids
                .filter((g) => g.gridId !== null)
                .map((g) => (
                  <Chip
                    key={g.gridId}
                    role="radio"
                    on={gridId === g.gridId}
                    onPress={() => (setGridId(g.gridId!), setPage(1))}
                  >
                    {g.grid}
                  </Chip>
                ))}
            </ChipGroup>
            {c.items.length === 0 && (
              <View className="card">
                <Text className="meta">这里还没有企业。请管理员在「企业」中登记，或换一个网格看看。</Text>
              </View>
            )}
            <View {...roleProps('list')} aria-label="企业走访情况，久未走访的在前">
              {c.items.map((i) => (
                <View key={i.enterpriseId} className="card item" {...roleProps('listitem')} aria-label={i.enterprise}>
                  <Text className="item__title">{i.enterprise}</Text>
                  <Text className="meta">
                    {i.overdue && <Text className="badge badge--warn">待走访</Text>}
                    {i.grid ?? '未划分网格'} ·{' '}
                    {i.lastVisitOn ? `上次走访 ${dayText(i.lastVisitOn)}（${i.daysSince} 天前）` : '从未走访'}
                    {i.plannedOn ? ` · 已计划 ${dayText(i.plannedOn)}` : ''}
                  </Text>
                  <View className="row-buttons">
                    <Button
                      size="small"
                      fill="outline"
                      onClick={() =>
                        go(
                          `/subpackages/demands/visit?status=planned&enterpriseId=${i.enterpriseId}&name=${encodeURIComponent(i.enterprise)}`,
                        )
                      }
                    >
                      计划走访
                    </Button>
                    <Button
                      size="small"
                      type="primary"
                      onClick={() =>
                        go(
                          `/subpackages/demands/visit?status=done&enterpriseId=${i.enterpriseId}&name=${encodeURIComponent(i.enterprise)}`,
                        )
                      }
                    >
                      记录走访
                    </Button>
                  </View>
                </View>
              ))}
            </View>
            <View className="row-buttons">
              {page > 1 && (
                <Button fill="outline" onClick={() => setPage(page - 1)}>
                  上一页
                </Button>
              )}
              {c.more && (
                <Button fill="outline" onClick={() => setPage(page + 1)}>
                  下一页
                </Button>
              )}
            </View>
            <Pressable className="link" role="link" onPress={() => go('/subpackages/demands/visits')}>
              我的走访记录
            </Pressable>
          </>
        )}
      </PageState>
    </Screen>
  )
}
