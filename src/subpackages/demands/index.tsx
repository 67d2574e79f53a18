import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { Chip, ChipGroup } from '../../components/Chip'
import { PageState } from '../../components/PageState'
import { Pressable } from '../../components/Pressable'
import { fieldProps } from '../../platform/a11y'
import { call, type CallError } from '../../services/call'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import { DemandList } from './DemandCard'
import './demands.css'
import { Screen } from '../../components/Screen'
import { Tabs } from '../../components/Tabs'
import './contract'

type View_ = 'enterprise' | 'grid' | 'community' | 'department' | 'escalated'
type Filter = 'open' | 'overdue' | 'closed' | 'all'
type Options = Awaited<ReturnType<typeof call<'demands', 'options'>>>
const VIEW_LABEL: Record<View_, string> = {
  enterprise: '我的诉求',
  grid: '我的网格',
  community: '社区诉求',
  department: '部门收件箱',
  escalated: '逾期督办',
}
const FILTER_LABEL: Record<Filter, string> = { open: '办理中', overdue: '已逾期', closed: '已办结', all: '全部' }
const go = (url: string) => Taro.navigateTo({ url })

/** 企呼我应: each person's queue by what they are — an enterprise's demands, a grid, a department's inbox, a street's escalations. */
export default function DemandsIndex() {
  const [options, setOptions] = useState<Options>()
  const [view, setView] = useState<View_>()
  const [filter, setFilter] = useState<Filter>('open')
  const [data, setData] = useState<Awaited<ReturnType<typeof call<'demands', 'queue'>>>>()
  const [q, setQ] = useState('')
  const [error, setError] = useState<CallError>()

  const viewsOf = (o: Options): View_[] => [
    ...(o.enterprises.length ? (['enterprise'] as const) : []),
    ...(o.communities.length ? (['grid', 'community'] as const) : []),
    ...(o.myDepartments.length ? (['department'] as const) : []),
    ...(o.myDepartments.some((m) => o.departments.find((d) => d.id === m.id)?.kind === 'street')
      ? (['escalated'] as const)
      : []),
  ]
  /** A queue's first page, or (with `before`) the next 20 after what is shown. */
  const load = async (v?: View_, f: Filter = filter, before?: number) => {
    setError(undefined)
    try {
      const o = options ?? (await call('demands', 'options', {}, { loading: false, toast: false }))
      setOptions(o)
      const chosen = v ?? view ?? viewsOf(o)[0]
      setView(chosen)
      if (!chosen) return setData(undefined)
      const words = q.trim()
      const got = await call(
        'demands',
        'queue',
        { view: chosen, filter: f, ...(words ? { q: words } : {}), ...(before ? { before } : {}) },
        { loading: before ? '加载中' : false, toast: false },
      )
      setData(before && data ? { ...got, items: [...data.items, ...got.items] } : got)
    } catch (e) {
      setError(e as CallError)
    }
  }
  useDidShow(() => void load())
  const views = options ? viewsOf(options) : []

  return (
    <Screen className="demands">
      <View className="links">
        <Pressable className="link" role="link" onPress={() => go('/subpackages/demands/lists')}>
          三张清单
        </Pressable>
        <Pressable className="link" role="link" onPress={() => go('/subpackages/demands/lists?tab=wishes')}>
          微心愿
        </Pressable>
        {options?.communities.length || options?.myDepartments.length ? (
          <Pressable className="link" role="link" onPress={() => go('/subpackages/demands/stats')}>
            诉求统计
          </Pressable>
        ) : null}
        <Pressable className="link" role="link" onPress={() => go('/subpackages/demands/public')}>
          公开数据
        </Pressable>
        {options?.intakeCommunities.length ? (
          <Pressable className="link" role="link" onPress={() => go('/subpackages/demands/visits')}>
            网格走访
          </Pressable>
        ) : null}
      </View>
      <PageState loading={!options && !error} error={error} onRetry={() => load()}>
        {options && (
          <>
            {options.enterprises.length > 0 && (
              <Button type="primary" block onClick={() => go('/subpackages/demands/file')}>
                企业点单：提交诉求
              </Button>
            )}
            {options.enterprises.length === 0 && options.intakeCommunities.length > 0 && (
              <Button fill="outline" block onClick={() => go('/subpackages/demands/file')}>
                代企业提交（来电、来访）
              </Button>
            )}
            {views.length === 0 ? (
              <View className="card">
                <Text className="section-title">企呼我应</Text>
                <Text className="meta">
                  企业点单、社区派单、部门接单、办结评价。企业联络员登录后可提交诉求；职工和骑手可在「微心愿」里说出所盼。
                </Text>
              </View>
            ) : (
              <>
                {views.length > 1 && (
                  <Tabs
                    label="诉求列表"
                    tabs={views.map((v) => [v, VIEW_LABEL[v]] as const)}
                    value={view ?? views[0]}
                    onChange={(v) => void load(v)}
                  />
                )}
                <ChipGroup label="办理状态" kind="radiogroup">
                  {(Object.keys(FILTER_LABEL) as Filter[]).map((f) => (
                    <Chip
                      key={f}
                      role="radio"
                      on={filter === f}
                      onPress={() => {
                        setFilter(f)
                        void load(view, f)
                      }}
                    >
                      {FILTER_LABEL[f]}
                      {f === 'open' && data ? ` ${data.counts.open}` : ''}
                      {f === 'overdue' && data ? ` ${data.counts.overdue}` : ''}
                    </Chip>
                  ))}
                </ChipGroup>
                <View className="row search">
                  <View className="grow">
                    <Input
                      name="q"
                      placeholder="按标题查找"
                      value={q}
                      onChange={setQ}
                      maxLength={40}
                      {...fieldProps('按标题查找')}
                    />
                  </View>
                  <Button onClick={() => void load(view, filter)}>查找</Button>
                </View>
                <PageState loading={!data} empty={data?.items.length === 0} emptyText="这里还没有诉求">
                  {data && <DemandList label={view ? VIEW_LABEL[view] : '诉求'} items={data.items} />}
                  {data?.more && (
                    <Button
                      block
                      fill="outline"
                      onClick={() => void load(view, filter, data.items[data.items.length - 1].id)}
                    >
                      加载更多
                    </Button>
                  )}
                </PageState>
              </>
            )}
          </>
        )}
      </PageState>
    </Screen>
  )
}
