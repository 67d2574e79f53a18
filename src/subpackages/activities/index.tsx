import { View, Text, Input as NativeInput } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { ACTIVITY_CATEGORIES, type activityCategorySchema } from '../../../contract/activities'
import type { z } from 'zod'
import { Chip, ChipGroup } from '../../components/Chip'
import { optionsOf } from '../../components/Choice'
import { FilterBar, oneOf } from '../../components/FilterBar'
import { PageState } from '../../components/PageState'
import { Pressable } from '../../components/Pressable'
import { Screen } from '../../components/Screen'
import { announce, fieldProps, pressProps, roleProps } from '../../platform/a11y'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { Button } from '../../ui/Button'
import { timeRange, weekStrip } from './format'
import './activities.css'
import './contract'

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
  // Screen readers hear what a day, filter or search found.
  useEffect(() => {
    if (items) announce(items.length ? `找到 ${items.length} 个活动` : '没有符合条件的活动')
  }, [items])
  const groupList = useAction('activities', 'groups', {})
  const groups = groupList.data?.items ?? []
  const communities = useAction('community', 'home', {}).data?.communities ?? []

  const toggleGroup = async (g: (typeof groups)[number]) => {
    if (g.joined) {
      // Leaving is asked once: a slip of the thumb should not drop someone from their group.
      const { confirm } = await Taro.showModal({
        title: `退出「${g.name}」？`,
        content: '退出后不再收到这个社群的新活动通知，可以随时重新加入。',
        confirmText: '退出',
        cancelText: '不退出',
      })
      if (!confirm) return
    }
    const r = await call(
      'activities',
      g.joined ? 'leaveGroup' : 'joinGroup',
      { groupId: g.id },
      { loading: false },
    ).catch(() => null)
    if (r)
      groupList.set(
        (old) =>
          old && {
            ...old,
            items: groups.map((x) =>
              x.id === g.id ? { ...x, joined: r.joined, members: x.members + (r.joined ? 1 : -1) } : x,
            ),
          },
      )
  }

  const MY_STATUS = {
    confirmed: '已报名',
    waitlisted: '候补中',
    pending: '待审核',
    offered: '待确认',
    redeemed: '已签到',
    no_show: '未到场',
    cancelled: '',
  } as const

  return (
    <Screen className="activities">
      <View className="row activities__links">
        <Pressable className="activities__link" role="link" onPress={() => go('/subpackages/activities/mine')}>
          我的活动
        </Pressable>
      </View>
      <View className="activities__search row">
        <NativeInput
          className="activities__input"
          placeholder="搜索活动，如 徒步、夜校"
          value={q}
          confirmType="search"
          onInput={(e) => setQ(e.detail.value)}
          onConfirm={() => setQuery(q.trim())}
          {...fieldProps('搜索活动')}
        />
      </View>
      <ChipGroup label="日期" kind="radiogroup" scroll className="activities__week">
        {[{ date: undefined, label: '全部', sub: '近期' }, ...strip].map((d) => {
          const pick = () => setDay(d.date)
          return (
            <View
              key={d.date ?? 'all'}
              {...roleProps('radio')}
              aria-checked={day === d.date}
              className={`activities__day ${day === d.date ? 'activities__day--on' : ''}`}
              onClick={pick}
              {...pressProps(pick)}
            >
              <Text className="activities__day-label">{d.label}</Text>
              <Text className="activities__day-sub">{d.sub}</Text>
            </View>
          )
        })}
      </ChipGroup>
      <FilterBar
        pinned={
          <Chip on={hasSeats} onPress={() => setHasSeats(!hasSeats)}>
            还有名额
          </Chip>
        }
        groups={[
          oneOf('类别', optionsOf(ACTIVITY_CATEGORIES), category, (c) => setCategory(c ?? undefined)),
          ...(communities.length > 1
            ? [
                oneOf(
                  '社区',
                  communities.map((c) => [c.id, c.name] as const),
                  communityId,
                  (c) => setCommunityId(c ?? undefined),
                ),
              ]
            : []),
        ]}
        onClear={() => {
          setCategory(undefined)
          setCommunityId(undefined)
        }}
      />
      <PageState
        loading={list.loading}
        error={list.error}
        onRetry={list.reload}
        empty={items?.length === 0}
        emptyText="这段时间还没有活动，换个日期或类别看看"
        emptyAction={{
          label: '看全部日期和类别',
          onPress: () => {
            setDay(undefined)
            setCategory(undefined)
            setHasSeats(false)
            setQ('')
            setQuery('')
          },
        }}
      >
        <View role="list" aria-label="活动列表">
          {items?.map((a) => (
            <View key={a.id} role="listitem" aria-label={a.title}>
              <Pressable
                className="card activity-card"
                role="link"
                onPress={() => go(`/subpackages/activities/detail?id=${a.id}`)}
              >
                <View className="row activity-card__head">
                  <Text className="grow activity-card__title">{a.title}</Text>
                  <Text className="activity-tag">{ACTIVITY_CATEGORIES[a.category]}</Text>
                </View>
                <Text className="activity-card__time">{timeRange(a.startsAt, a.endsAt)}</Text>
                <Text className="muted activity-line">
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
                    <Text className="activity-mine">我：{MY_STATUS[a.myStatus]}</Text>
                  )}
                </View>
              </Pressable>
            </View>
          ))}
        </View>
      </PageState>
      {groups.length > 0 && (
        <View className="card">
          <Text className="section-title">兴趣社群</Text>
          <Text className="muted activity-line">加入后，社群发布新活动会通知你</Text>
          {(groupList.data?.keeps.length ?? 0) > 0 && (
            <Button
              size="small"
              fill="outline"
              onClick={() => Taro.navigateTo({ url: '/subpackages/activities/groups' })}
            >
              管理兴趣社群
            </Button>
          )}
          {groups.map((g) => (
            <View key={g.id} className="row activities__group">
              <View className="grow">
                <Text>{g.name}</Text>
                <Text className="muted">
                  {' '}
                  {g.members} 人 · {g.intro}
                </Text>
              </View>
              {/* A switch named by the group; 已加入/加入 shows its state, which aria-checked tells. */}
              <Chip role="switch" on={g.joined} label={`加入${g.name}`} onPress={() => toggleGroup(g)}>
                <Text aria-hidden="true">{g.joined ? '已加入' : '加入'}</Text>
              </Chip>
            </View>
          ))}
        </View>
      )}
    </Screen>
  )
}
