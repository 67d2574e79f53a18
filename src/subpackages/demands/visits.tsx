import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { optionsOf } from '../../components/Choice'
import { PageState } from '../../components/PageState'
import { Pressable } from '../../components/Pressable'
import { Screen } from '../../components/Screen'
import { Tabs } from '../../components/Tabs'
import { useAction } from '../../hooks/useAction'
import { roleProps } from '../../platform/a11y'
import { dayText } from '../../services/time'
import { Button } from '../../ui/Button'
import './demands.css'
import './contract'

const go = (url: string) => Taro.navigateTo({ url })
const TABS = { planned: '计划走访', done: '已走访', all: '全部' } as const
type Tab = keyof typeof TABS

/**
 * 网格走访 (a 社工's day): the big buttons first (one thumb: 记录走访, 计划走访, 走访覆盖), then their
 * own visits, planned ones first by default.
 */
export default function VisitsPage() {
  const [tab, setTab] = useState<Tab>('planned')
  const list = useAction('demands', 'visits', { status: tab }, [tab])
  return (
    <Screen className="demands">
      <View className="card actions">
        <Button type="primary" block onClick={() => go('/subpackages/demands/visit?status=done')}>
          记录一次走访
        </Button>
        <View className="row-buttons">
          <Button fill="outline" onClick={() => go('/subpackages/demands/visit?status=planned')}>
            计划走访
          </Button>
          <Button fill="outline" onClick={() => go('/subpackages/demands/coverage')}>
            走访覆盖（待走访企业）
          </Button>
        </View>
      </View>
      <Tabs label="走访状态" tabs={optionsOf(TABS)} value={tab} onChange={setTab} />
      <PageState
        loading={list.loading}
        error={list.error}
        onRetry={list.reload}
        empty={list.data?.items.length === 0}
        emptyText={tab === 'planned' ? '还没有计划的走访：打开「走访覆盖」，从久未走访的企业开始' : '还没有走访记录'}
      >
        <View {...roleProps('list')} aria-label="我的走访">
          {list.data?.items.map((v) => (
            <Pressable
              key={v.id}
              className="card item"
              role="listitem"
              label={`${v.enterprise}，${v.statusLabel} ${dayText(v.date)}`}
              onPress={() => go(`/subpackages/demands/visit?id=${v.id}`)}
            >
              <Text className="item__title">{v.enterprise}</Text>
              <Text className="meta">
                <Text className={`badge ${v.status === 'done' ? 'badge--ok' : ''}`}>{v.statusLabel}</Text>
                {dayText(v.date)} · {v.grid ?? '未划分网格'}
                {v.photos ? ` · ${v.photos} 张照片` : ''}
              </Text>
              {v.findings && <Text className="meta">{v.findings}</Text>}
            </Pressable>
          ))}
        </View>
      </PageState>
    </Screen>
  )
}
