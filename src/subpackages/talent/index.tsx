import { View, Text, Input } from '@tarojs/components'
import { useState } from 'react'
import type { IndustryChain } from '../../../contract/talent'
import { PageState } from '../../components/PageState'
import { useAction } from '../../hooks/useAction'
import { ApplyNeedButton } from './components/ApplyNeedButton'
import { ChallengeCard } from './components/ChallengeCard'
import { CHAINS, go, INDUSTRY_CHAINS, NEED_MODES } from './format'
import { useRoles } from './useRoles'
import { Screen } from '../../components/Screen'
import { Tabs } from '../../components/Tabs'
import { Pressable } from '../../components/Pressable'
import { Chip, ChipGroup } from '../../components/Chip'
import { FilterBar, oneOf } from '../../components/FilterBar'
import { fieldProps } from '../../platform/a11y'
import './talent.css'
import './contract'

type Sort = 'recent' | 'award' | 'deadline'
const SORTS: Record<Sort, string> = { recent: '最新发布', award: '奖金最高', deadline: '即将截止' }
/** Award bands behind 筛选 (元; none chosen = any). */
const AWARDS: [number, string][] = [
  [100_000, '10 万以上'],
  [500_000, '50 万以上'],
  [1_000_000, '100 万以上'],
]

/** 人才揭榜: the public board of open challenges and talent needs; each role's entries on top. */
export default function TalentIndex() {
  const roles = useRoles()
  const [tab, setTab] = useState<'board' | 'needs'>('board')
  const [q, setQ] = useState('')
  // What was searched (on 搜索/confirm or leaving the box): typing alone does not reload.
  const [query, setQuery] = useState('')
  const [sort, setSort] = useState<Sort>('recent')
  const [chain, setChain] = useState<IndustryChain>()
  const [minAward, setMinAward] = useState(0)
  const input = {
    q: query,
    sort,
    ...(chain ? { chain } : {}),
    ...(minAward ? { minAwardYuan: minAward } : {}),
  }
  const board = useAction('talent', 'board', input, [JSON.stringify(input)])
  const needs = useAction('talent', 'needs', chain ? { chain } : {}, [chain])

  const has = (r: string) => roles.includes(r as never)
  return (
    <Screen className="talent">
      <View className="row talent-links">
        {has('enterprise') && (
          <>
            <Pressable className="talent-link talent-link--primary" onPress={() => go('/subpackages/talent/post')}>
              发布榜单
            </Pressable>
            <Pressable className="talent-link" onPress={() => go('/subpackages/talent/enterprise')}>
              我的发榜
            </Pressable>
          </>
        )}
        {has('expert') && (
          <>
            <Pressable className="talent-link talent-link--primary" onPress={() => go('/subpackages/talent/mine')}>
              为我推荐
            </Pressable>
            <Pressable className="talent-link" onPress={() => go('/subpackages/talent/profile')}>
              专家档案
            </Pressable>
            <Pressable className="talent-link" onPress={() => go('/subpackages/talent/teams')}>
              我的团队
            </Pressable>
          </>
        )}
        {(has('broker') || has('admin')) && (
          <Pressable className="talent-link" onPress={() => go('/subpackages/talent/broker')}>
            经纪人工作台
          </Pressable>
        )}
        <Pressable className="talent-link" onPress={() => go('/subpackages/talent/stats')}>
          揭榜统计
        </Pressable>
      </View>

      <Tabs
        label="榜单或人才需求"
        tabs={[
          ['board', '揭榜挂帅'],
          ['needs', '人才需求'],
        ]}
        value={tab}
        onChange={setTab}
      />

      <View className="row talent-search">
        <Input
          className="talent-search__input"
          {...fieldProps('搜索榜单')}
          placeholder="搜索榜单，如 压铸、轴承"
          value={q}
          confirmType="search"
          onInput={(e) => setQ(e.detail.value)}
          onConfirm={() => setQuery(q)}
          onBlur={() => setQuery(q)}
        />
      </View>
      <FilterBar
        groups={[
          oneOf(
            '产业链',
            CHAINS.map((k) => [k, INDUSTRY_CHAINS[k]] as const),
            chain,
            (k) => setChain(k ?? undefined),
          ),
          ...(tab === 'board' ? [oneOf('奖金或预算', AWARDS, minAward || null, (v) => setMinAward(v ?? 0))] : []),
        ]}
        onClear={() => {
          setChain(undefined)
          setMinAward(0)
        }}
      />

      {tab === 'board' ? (
        <>
          <ChipGroup label="排序" kind="radiogroup">
            {(Object.keys(SORTS) as Sort[]).map((s) => (
              <Chip key={s} role="radio" on={sort === s} onPress={() => setSort(s)}>
                {SORTS[s]}
              </Chip>
            ))}
          </ChipGroup>
          <PageState
            loading={board.loading && !board.data}
            error={board.error}
            empty={board.data?.items.length === 0}
            emptyText="暂无揭榜中的榜单"
            onRetry={board.reload}
          >
            {board.data?.items.map((c) => (
              <ChallengeCard key={c.id} c={c} />
            ))}
          </PageState>
        </>
      ) : (
        <PageState
          loading={needs.loading && !needs.data}
          error={needs.error}
          empty={needs.data?.items.length === 0}
          emptyText="暂无人才需求"
          onRetry={needs.reload}
        >
          {needs.data?.items.map((n) => (
            <View key={n.id} className="card">
              <View className="row">
                <Text className="talent-card__title grow">{n.role}</Text>
                <Text className="talent-tag">{NEED_MODES[n.mode]}</Text>
              </View>
              <Text className="talent-card__summary">{n.description}</Text>
              <View className="row talent-card__tags">
                <Text className="talent-tag">{INDUSTRY_CHAINS[n.chain]}</Text>
                {n.skills.map((s) => (
                  <Text key={s} className="talent-tag talent-tag--skill">
                    {s}
                  </Text>
                ))}
              </View>
              <Text className="muted">
                {n.enterpriseName} · {n.place} · {n.headcount} 人
              </Text>
              {has('expert') && <ApplyNeedButton needId={n.id} role={n.role} />}
            </View>
          ))}
        </PageState>
      )}
    </Screen>
  )
}
