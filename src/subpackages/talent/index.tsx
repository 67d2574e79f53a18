import { View, Text, Input } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { IndustryChain } from '../../../contract/talent'
import { PageState } from '../../components/PageState'
import { call, type CallError } from '../../services/call'
import { ApplyNeedButton } from './components/ApplyNeedButton'
import { ChallengeCard } from './components/ChallengeCard'
import { CHAINS, go, INDUSTRY_CHAINS, NEED_MODES } from './format'
import { useRoles } from './useRoles'
import { Screen } from '../../components/Screen'
import { Pressable } from '../../components/Pressable'
import { Chip } from '../../components/Chip'
import { pressProps } from '../../platform/a11y'
import './talent.css'
import './contract'

type Challenge = Awaited<ReturnType<typeof call<'talent', 'board'>>>['items'][number]
type Need = Awaited<ReturnType<typeof call<'talent', 'needs'>>>['items'][number]
type Sort = 'recent' | 'award' | 'deadline'
const SORTS: Record<Sort, string> = { recent: '最新发布', award: '奖金最高', deadline: '即将截止' }
/** Award bands behind 筛选 (元; 0 = any). */
const AWARDS: [number, string][] = [
  [0, '金额不限'],
  [100_000, '10 万以上'],
  [500_000, '50 万以上'],
  [1_000_000, '100 万以上'],
]

/** 人才揭榜: the public board of open challenges and talent needs; each role's entries on top. */
export default function TalentIndex() {
  const roles = useRoles()
  const [tab, setTab] = useState<'board' | 'needs'>('board')
  const [q, setQ] = useState('')
  const [sort, setSort] = useState<Sort>('recent')
  const [chain, setChain] = useState<IndustryChain>()
  const [minAward, setMinAward] = useState(0)
  const [filters, setFilters] = useState(false)
  const [items, setItems] = useState<Challenge[]>()
  const [needs, setNeeds] = useState<Need[]>()
  const [error, setError] = useState<CallError>()

  const load = (over: Partial<{ q: string; sort: Sort; chain: IndustryChain | undefined; minAward: number }> = {}) => {
    const f = { q, sort, chain, minAward, ...over }
    setError(undefined)
    setItems(undefined)
    call(
      'talent',
      'board',
      {
        q: f.q,
        sort: f.sort,
        ...(f.chain ? { chain: f.chain } : {}),
        ...(f.minAward ? { minAwardYuan: f.minAward } : {}),
      },
      { loading: false, toast: false },
    ).then((r) => setItems(r.items), setError)
    call('talent', 'needs', f.chain ? { chain: f.chain } : {}, { loading: false, toast: false }).then(
      (r) => setNeeds(r.items),
      () => setNeeds([]),
    )
  }
  useDidShow(() => load())

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

      <View className="row talent-tabs" role="tablist" aria-label="榜单或人才需求">
        {(['board', 'needs'] as const).map((t) => (
          <View
            key={t}
            role="tab"
            aria-selected={tab === t}
            className={`talent-tab ${tab === t ? 'talent-tab--on' : ''}`}
            onClick={() => setTab(t)}
            {...pressProps(() => setTab(t))}
          >
            {t === 'board' ? '揭榜挂帅' : '人才需求'}
          </View>
        ))}
      </View>

      <View className="row talent-search">
        <Input
          className="talent-search__input"
          aria-label="搜索榜单"
          nativeProps={{ 'aria-label': '搜索榜单' }}
          placeholder="搜索榜单，如 压铸、轴承"
          value={q}
          confirmType="search"
          onInput={(e) => setQ(e.detail.value)}
          onConfirm={() => load()}
        />
        <Pressable className="talent-link talent-link--quiet" expanded={filters} onPress={() => setFilters(!filters)}>
          {chain || minAward
            ? `筛选·${[chain && INDUSTRY_CHAINS[chain], AWARDS.find(([v]) => v === minAward && v)?.[1]].filter(Boolean).join('·')}`
            : '筛选'}
        </Pressable>
      </View>
      {filters && (
        <View className="row talent-chips" role="radiogroup" aria-label="产业链">
          {[undefined, ...CHAINS].map((k) => (
            <Chip
              key={k ?? 'all'}
              role="radio"
              on={chain === k}
              onPress={() => {
                setChain(k)
                load({ chain: k })
              }}
            >
              {k ? INDUSTRY_CHAINS[k] : '全部产业链'}
            </Chip>
          ))}
        </View>
      )}
      {filters && tab === 'board' && (
        <View className="row talent-chips" role="radiogroup" aria-label="奖金或预算">
          {AWARDS.map(([v, label]) => (
            <Chip
              key={v}
              role="radio"
              on={minAward === v}
              onPress={() => {
                setMinAward(v)
                load({ minAward: v })
              }}
            >
              {label}
            </Chip>
          ))}
        </View>
      )}

      {tab === 'board' ? (
        <>
          <View className="row talent-chips" role="radiogroup" aria-label="排序">
            {(Object.keys(SORTS) as Sort[]).map((s) => (
              <Chip
                key={s}
                role="radio"
                on={sort === s}
                onPress={() => {
                  setSort(s)
                  load({ sort: s })
                }}
              >
                {SORTS[s]}
              </Chip>
            ))}
          </View>
          <PageState
            loading={!items && !error}
            error={error}
            empty={items?.length === 0}
            emptyText="暂无揭榜中的榜单"
            onRetry={() => load()}
          >
            {items?.map((c) => (
              <ChallengeCard key={c.id} c={c} />
            ))}
          </PageState>
        </>
      ) : (
        <PageState loading={!needs} empty={needs?.length === 0} emptyText="暂无人才需求">
          {needs?.map((n) => (
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
