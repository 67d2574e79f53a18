import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { OutputOf } from '../../../contract'
import { MENTOR_TOPICS } from '../../../contract/policies'
import { PageState } from '../../components/PageState'
import { call, type CallError } from '../../services/call'
import { getSessionToken } from '../../services/session'
import { hourLabel } from './format'
import { Pressable } from '../../components/Pressable'
import { Chip } from '../../components/Chip'
import { Screen } from '../../components/Screen'
import './policies.css'
import './contract'

type Topic = keyof typeof MENTOR_TOPICS
const go = (url: string) => Taro.navigateTo({ url })

/** 青创导师: who can help with what, and their next free hour. */
export default function MentorsPage() {
  const [topic, setTopic] = useState<Topic>()
  const [data, setData] = useState<OutputOf<'policies', 'mentors'>>()
  const [error, setError] = useState<CallError>()
  const load = (t = topic) => {
    setError(undefined)
    setData(undefined)
    call('policies', 'mentors', t ? { topic: t } : {}, { loading: false, toast: false }).then(setData, setError)
  }
  useDidShow(() => load())
  return (
    <Screen className="pol">
      <Text className="muted pol-para">
        村支书、青创达人、农指员等专业人士担任青创导师，解读政策、辅导申报、帮你引流量。每位导师每周固定时段开放预约。
      </Text>
      {getSessionToken() && (
        <View className="pol-links">
          <Pressable className="pol-link" onPress={() => go('/subpackages/policies/bookings')}>
            我的预约
          </Pressable>
        </View>
      )}
      <View className="pol-row" role="group" aria-label="辅导方向">
        <Chip
          role="button"
          on={!topic}
          onPress={() => {
            setTopic(undefined)
            load(undefined)
          }}
        >
          全部
        </Chip>
        {(Object.keys(MENTOR_TOPICS) as Topic[]).map((t) => (
          <Chip
            role="button"
            key={t}
            on={topic === t}
            onPress={() => {
              setTopic(t)
              load(t)
            }}
          >
            {MENTOR_TOPICS[t]}
          </Chip>
        ))}
      </View>
      <PageState
        loading={!data && !error}
        error={error}
        onRetry={() => load()}
        empty={data?.items.length === 0}
        emptyText="这个方向暂时没有导师"
        emptyAction={{
          label: '看全部导师',
          onPress: () => {
            setTopic(undefined)
            load(undefined)
          },
        }}
      >
        <View role="list" aria-label="青创导师">
          {data?.items.map((m) => (
            <View key={m.id} className="card pol-card" role="listitem" aria-label={m.name}>
              <Pressable className="pol-card__title" onPress={() => go(`/subpackages/policies/mentor?id=${m.id}`)}>
                {m.name}
              </Pressable>
              <Text className="pol-card__benefit">{m.field}</Text>
              <Text className="muted pol-card__meta">{m.background}</Text>
              <View className="pol-card__tags">
                {m.topics.map((t) => (
                  <Text key={t} className="pol-tag">
                    {MENTOR_TOPICS[t]}
                  </Text>
                ))}
                <Text className="pol-tag pol-tag--topic">{m.languages.join(' · ')}</Text>
              </View>
              <Text className="muted pol-card__meta">
                {m.communityName ? `${m.communityName} · ` : ''}
                {m.rating !== null ? `评分 ${m.rating}（${m.ratings} 人）` : ''}
                {m.nextFree ? '' : `${m.rating !== null ? ' · ' : ''}近两周已约满`}
              </Text>
              {/* The next free hour is one tap: the mentor's page opens with it chosen. */}
              {m.nextFree && (
                <Pressable
                  className="pol-link-row"
                  role="link"
                  onPress={() => go(`/subpackages/policies/mentor?id=${m.id}&hour=${encodeURIComponent(m.nextFree!)}`)}
                >
                  最近可约：{hourLabel(m.nextFree)} ›
                </Pressable>
              )}
            </View>
          ))}
        </View>
      </PageState>
    </Screen>
  )
}
