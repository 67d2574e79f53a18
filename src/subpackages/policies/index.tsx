import { Input, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useRef, useState } from 'react'
import type { InputOf, OutputOf } from '../../../contract'
import { POLICY_CATEGORIES, POLICY_TOPICS } from '../../../contract/policies'
import { PLACES, type Place } from '../../../contract/policy-rules'
import { PageState } from '../../components/PageState'
import { fieldProps } from '../../platform/a11y'
import { call, type CallError } from '../../services/call'
import { getSessionToken } from '../../services/session'
import { PolicyCard } from './components/PolicyCard'
import { Pressable } from '../../components/Pressable'
import { Chip } from '../../components/Chip'
import { Choice, optionsOf } from '../../components/Choice'
import { FilterBar, oneOf } from '../../components/FilterBar'
import { Screen } from '../../components/Screen'
import { Tabs } from '../../components/Tabs'
import { Button } from '../../ui/Button'
import './policies.css'
import './contract'

type Filters = Omit<InputOf<'policies', 'list'>, 'offset' | 'limit'>
type Item = OutputOf<'policies', 'list'>['items'][number]
type Facets = OutputOf<'policies', 'facets'>
const go = (url: string) => Taro.navigateTo({ url })

const WINDOWS = { current: '未截止', open: '受理中', closing: '即将截止', closed: '已截止', all: '全部' } as const
const MINE = { eligible: '符合我的', maybe: '可能符合', favourite: '我的收藏' } as const
const SORTS = [
  ['fit', '符合我的优先'],
  ['deadline', '按截止日期'],
  ['updated', '最近更新'],
] as const
const CATEGORY_TABS = [['all', '全部'], ...optionsOf(POLICY_CATEGORIES)] as const

/**
 * 政策: the compendium by 海曙's four categories (tabs), searched in Chinese or pinyin, sorted by
 * deadline; topics, regions, issuers and windows behind 筛选; 符合我的 / 我的收藏 for the signed-in.
 */
export default function PoliciesIndex() {
  const signedIn = !!getSessionToken()
  const [filters, setFilters] = useState<Filters>({ q: '', window: 'current', sort: 'fit' })
  const [q, setQ] = useState('')
  const [items, setItems] = useState<Item[]>()
  const [more, setMore] = useState(false)
  const [error, setError] = useState<CallError>()
  const [facets, setFacets] = useState<Facets>()
  const seq = useRef(0)

  const load = (next: Filters, offset = 0) => {
    const mine = ++seq.current
    setError(undefined)
    if (!offset) setItems(undefined)
    call('policies', 'list', { ...next, offset, limit: 20 }, { loading: false, toast: false }).then(
      (r) => {
        if (mine !== seq.current) return
        setItems((old) => (offset ? [...(old ?? []), ...r.items] : r.items))
        setMore(r.more)
      },
      (e) => mine === seq.current && setError(e),
    )
  }
  const change = (patch: Partial<Filters>) => {
    const next = { ...filters, ...patch }
    setFilters(next)
    load(next)
  }
  useDidShow(() => {
    load(filters)
    if (!facets) call('policies', 'facets', {}, { loading: false, toast: false }).then(setFacets, () => undefined)
  })

  return (
    <Screen className="pol">
      <View className="pol-links" role="navigation" aria-label="政策服务">
        <Pressable className="pol-link" onPress={() => go('/subpackages/policies/benefits')}>
          我能享受
        </Pressable>
        <Pressable className="pol-link" onPress={() => go('/subpackages/policies/profile')}>
          我的条件
        </Pressable>
        <Pressable className="pol-link" onPress={() => go('/subpackages/policies/mentors')}>
          青创导师
        </Pressable>
      </View>
      <View className="pol-search">
        <Input
          className="pol-search__input"
          placeholder="搜索政策，如 人才贷、安居"
          value={q}
          confirmType="search"
          onInput={(e) => setQ(e.detail.value)}
          onConfirm={() => change({ q })}
          {...fieldProps('搜索政策')}
        />
        <Pressable className="pol-search__go" onPress={() => change({ q })}>
          搜索
        </Pressable>
      </View>
      <Tabs
        label="政策类别"
        tabs={CATEGORY_TABS}
        value={filters.category ?? 'all'}
        onChange={(c) => change({ category: c === 'all' ? undefined : c })}
        scroll
      />
      <FilterBar
        pinned={
          signedIn &&
          (Object.keys(MINE) as (keyof typeof MINE)[]).map((m) => (
            <Chip
              role="button"
              key={m}
              on={filters.mine === m}
              onPress={() => change({ mine: filters.mine === m ? undefined : m })}
            >
              {MINE[m]}
            </Chip>
          ))
        }
        groups={[
          oneOf('专题', optionsOf(POLICY_TOPICS), filters.topic, (topic) => change({ topic: topic ?? undefined })),
          oneOf(
            '地区',
            (facets?.regions ?? []).map((r) => [r.key as Place, PLACES[r.key as Place]] as const),
            filters.region,
            (region) => change({ region: region ?? undefined }),
          ),
          oneOf(
            '发布单位',
            (facets?.issuers ?? []).map((i) => [i.name, i.name] as const),
            filters.issuer,
            (issuer) => change({ issuer: issuer ?? undefined }),
          ),
        ]}
        active={filters.window !== 'current' ? 1 : 0}
        onClear={() => change({ topic: undefined, region: undefined, issuer: undefined, window: 'current' })}
      >
        <Choice
          label="受理状态"
          options={optionsOf(WINDOWS)}
          value={filters.window ?? 'current'}
          onChange={(window) => change({ window })}
        />
        <Choice label="排序" options={SORTS} value={filters.sort ?? 'fit'} onChange={(sort) => change({ sort })} />
      </FilterBar>
      <PageState
        loading={!items && !error}
        error={error}
        onRetry={() => load(filters)}
        empty={items?.length === 0}
        emptyAction={
          filters.mine === 'eligible' || filters.mine === 'maybe'
            ? { label: '补充我的条件', onPress: () => Taro.navigateTo({ url: '/subpackages/policies/profile' }) }
            : {
                label: '清除搜索和筛选',
                onPress: () =>
                  change({
                    q: '',
                    category: undefined,
                    topic: undefined,
                    region: undefined,
                    issuer: undefined,
                    window: 'current',
                    mine: undefined,
                  }),
              }
        }
        emptyText={
          filters.mine === 'eligible' ? '暂时没有你完全符合的政策，补充条件后再看看' : '没有找到政策，换个词或类别试试'
        }
      >
        <View role="list" aria-label="政策列表">
          {items?.map((p) => (
            <PolicyCard key={p.id} p={p} />
          ))}
        </View>
        {more && (
          <Button fill="outline" block onClick={() => load(filters, items?.length ?? 0)}>
            加载更多
          </Button>
        )}
      </PageState>
    </Screen>
  )
}
