import { View, Text, Input as NativeInput } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { ACTIVITY_CATEGORIES, type activityCategorySchema } from '../../../contract/activities'
import type { z } from 'zod'
import { PageState } from '../../components/PageState'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { timeRange, weekStrip } from './format'
import './activities.css'

type Category = z.infer<typeof activityCategorySchema>
const go = (url: string) => Taro.navigateTo({ url })

/** 社区活动: a week strip, category chips, 还有名额, search; the list below. */
export default function ActivitiesIndex() {
  const [day, setDay] = useState<string>()
  const [category, setCategory] = useState<Category>()
  const [hasSeats, setHasSeats] = useState(false)
  // What is typed, and what was searched for (on 搜索).
  const [q, setQ] = useState('')
  const [query, setQuery] = useState('')
  const [communityId, setCommunityId] = useState<number>()
  const strip = weekStrip(new Date())

  const list = useAction(
    'activities',
    'list',
    {
      ...(day ? { from: day, days: 1 } : {}),
      ...(category ? { category } : {}),
      ...(communityId ? { communityId } : {}),
      hasSeats,
      q: query,
    },
    [day, category, hasSeats, query, communityId],
  )
  const items = list.data?.items
  const groupList = useAction('activities', 'groups', {})
  const groups = groupList.data?.items ?? []
  const communities = useAction('community', 'home', {}).data?.communities ?? []

  const toggleGroup = async (g: (typeof groups)[number]) => {
    const r = await call(
      'activities',
      g.joined ? 'leaveGroup' : 'joinGroup',
      { groupId: g.id },
      { loading: false },
    ).catch(() => null)
    if (r)
      groupList.set({
        items: groups.map((x) =>
          x.id === g.id ? { ...x, joined: r.joined, members: x.members + (r.joined ? 1 : -1) } : x,
        ),
      })
  }

  return (
    <View className="page activities">
      <View className="row activities__links">
        <View className="activities__link" role="button" onClick={() => go('/subpackages/activities/mine')}>
          我的活动
        </View>
      </View>
      <View className="activities__search row">
        <NativeInput
          className="activities__input"
          placeholder="搜索活动，如 徒步、夜校"
          value={q}
          confirmType="search"
          onInput={(e) => setQ(e.detail.value)}
          onConfirm={() => setQuery(q.trim())}
          aria-label="搜索活动"
        />
      </View>
      <View className="row activities__week" role="radiogroup" aria-label="日期">
        <View
          role="radio"
          aria-checked={!day}
          className={`activities__day ${!day ? 'activities__day--on' : ''}`}
          onClick={() => {
            setDay(undefined)
          }}
        >
          <Text className="activities__day-label">全部</Text>
          <Text className="activities__day-sub">近期</Text>
        </View>
        {strip.map((d) => (
          <View
            key={d.date}
            role="radio"
            aria-checked={day === d.date}
            aria-label={`${d.label} ${d.sub}`}
            className={`activities__day ${day === d.date ? 'activities__day--on' : ''}`}
            onClick={() => {
              setDay(d.date)
            }}
          >
            <Text className="activities__day-label">{d.label}</Text>
            <Text className="activities__day-sub">{d.sub}</Text>
          </View>
        ))}
      </View>
      <View className="row activities__chips" role="group" aria-label="筛选">
        <View
          role="checkbox"
          aria-checked={hasSeats}
          className={`chip ${hasSeats ? 'chip--on' : ''}`}
          onClick={() => {
            setHasSeats(!hasSeats)
          }}
        >
          还有名额
        </View>
        {(Object.keys(ACTIVITY_CATEGORIES) as Category[]).map((c) => (
          <View
            key={c}
            role="checkbox"
            aria-checked={category === c}
            className={`chip ${category === c ? 'chip--on' : ''}`}
            onClick={() => {
              const next = category === c ? undefined : c
              setCategory(next)
            }}
          >
            {ACTIVITY_CATEGORIES[c]}
          </View>
        ))}
      </View>
      {communities.length > 1 && (
        <View className="row activities__week" role="radiogroup" aria-label="社区">
          <View
            role="radio"
            aria-checked={!communityId}
            className={`chip ${!communityId ? 'chip--on' : ''}`}
            onClick={() => {
              setCommunityId(undefined)
            }}
          >
            全部社区
          </View>
          {communities.map((c) => (
            <View
              key={c.id}
              role="radio"
              aria-checked={communityId === c.id}
              className={`chip ${communityId === c.id ? 'chip--on' : ''}`}
              onClick={() => {
                setCommunityId(c.id)
              }}
            >
              {c.name}
            </View>
          ))}
        </View>
      )}
      <PageState
        loading={list.loading}
        error={list.error}
        onRetry={list.reload}
        empty={items?.length === 0}
        emptyText="这段时间还没有活动，换个日期或类别看看"
      >
        <View role="list" aria-label="活动列表">
          {items?.map((a) => (
            <View
              key={a.id}
              className="card activity-card"
              role="listitem"
              aria-label={a.title}
              onClick={() => go(`/subpackages/activities/detail?id=${a.id}`)}
            >
              <View className="row">
                <Text className="grow activity-card__title">{a.title}</Text>
                <Text className="activity-tag">{ACTIVITY_CATEGORIES[a.category]}</Text>
              </View>
              <Text className="activity-card__time">{timeRange(a.startsAt, a.endsAt)}</Text>
              <Text className="muted" style={{ display: 'block' }}>
                {a.place} · {a.communityName}
              </Text>
              <View className="row activity-card__foot">
                <Text
                  className={
                    a.status === 'cancelled' ? 'activity-off' : a.seatsLeft > 0 ? 'activity-seats' : 'activity-full'
                  }
                >
                  {a.status === 'cancelled'
                    ? '已取消'
                    : a.seatsLeft > 0
                      ? `剩 ${a.seatsLeft}/${a.capacity} 个名额`
                      : `已满 · 候补 ${a.waitlisted} 人`}
                </Text>
                {a.myStatus && a.myStatus !== 'cancelled' && (
                  <Text className="activity-mine">
                    我：
                    {
                      (
                        {
                          confirmed: '已报名',
                          waitlisted: '候补中',
                          pending: '待审核',
                          offered: '待确认',
                          redeemed: '已签到',
                          no_show: '未到场',
                          cancelled: '',
                        } as const
                      )[a.myStatus]
                    }
                  </Text>
                )}
              </View>
            </View>
          ))}
        </View>
      </PageState>
      {groups.length > 0 && (
        <View className="card">
          <Text className="section-title">兴趣社群</Text>
          <Text className="muted" style={{ display: 'block', marginBottom: '8px' }}>
            加入后，社群发布新活动会通知你
          </Text>
          {groups.map((g) => (
            <View key={g.id} className="row activities__group">
              <View className="grow">
                <Text>{g.name}</Text>
                <Text className="muted">
                  {' '}
                  {g.members} 人 · {g.intro}
                </Text>
              </View>
              <View role="button" className={`chip ${g.joined ? 'chip--on' : ''}`} onClick={() => toggleGroup(g)}>
                {g.joined ? '已加入' : '加入'}
              </View>
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
