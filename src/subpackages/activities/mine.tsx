import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { REGISTRATION_STATUS } from '../../../contract/activities'
import { PageState } from '../../components/PageState'
import { Pressable } from '../../components/Pressable'
import { Screen } from '../../components/Screen'
import { Tabs } from '../../components/Tabs'
import { useAction } from '../../hooks/useAction'
import { timeRange } from './format'
import './activities.css'
import './contract'

const TABS = [
  ['upcoming', '即将参加'],
  ['waitlisted', '候补中'],
  ['past', '已结束/已取消'],
] as const

/** 我的活动: upcoming, waitlisted, past. */
export default function MyActivities() {
  const mine = useAction('activities', 'mine', {})
  const data = mine.data
  const [tab, setTab] = useState<(typeof TABS)[number][0]>('upcoming')
  const items = data?.[tab] ?? []
  return (
    <Screen className="activities">
      <Tabs
        label="我的活动"
        tabs={TABS.map(([key, label]) => [key, `${label}${data ? ` ${data[key].length}` : ''}`] as const)}
        value={tab}
        onChange={setTab}
      />
      <PageState
        loading={mine.loading && !data}
        error={mine.error}
        onRetry={mine.reload}
        empty={data && items.length === 0}
        emptyText="这里还没有活动"
        emptyAction={{
          label: '去看看近期活动',
          onPress: () => Taro.navigateTo({ url: '/subpackages/activities/index' }),
        }}
      >
        <View role="list" aria-label="我的活动">
          {items.map((a) => (
            <View key={a.id} role="listitem" aria-label={a.title}>
              <Pressable
                className="card activity-card"
                role="link"
                onPress={() => Taro.navigateTo({ url: `/subpackages/activities/detail?id=${a.id}` })}
              >
                <View className="row">
                  <Text className="grow activity-card__title">{a.title}</Text>
                  <Text className="activity-mine">
                    {a.status === 'cancelled' ? '活动已取消' : REGISTRATION_STATUS[a.registration.status]}
                  </Text>
                </View>
                <Text className="activity-card__time">{timeRange(a.startsAt, a.endsAt)}</Text>
                <Text className="muted">
                  {a.place}
                  {a.registration.position ? ` · 候补第 ${a.registration.position} 位` : ''}
                </Text>
              </Pressable>
            </View>
          ))}
        </View>
      </PageState>
    </Screen>
  )
}
