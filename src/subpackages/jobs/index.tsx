import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { JOB_KINDS, JOB_SHIFTS, PAY_UNITS, type PostingSummary } from '../../../contract/jobs'
import { Chip, ChipGroup } from '../../components/Chip'
import { FilterBar } from '../../components/FilterBar'
import { PageState } from '../../components/PageState'
import { Pressable } from '../../components/Pressable'
import { Screen } from '../../components/Screen'
import { useData } from '../../hooks/useAction'
import { locate } from '../../platform/location'
import { call } from '../../services/call'
import { Button } from '../../ui/Button'
import { go, JobCard } from './parts'
import './jobs.css'
import './contract'

type Kind = keyof typeof JOB_KINDS
type Shift = keyof typeof JOB_SHIFTS
type Sort = 'distance' | 'pay' | 'start'
const SORTS: Record<Sort, string> = { distance: '离我最近', pay: '薪资最高', start: '最早到岗' }
const CERTS = ['叉车证', '电工证', '焊工证', '健康证'] as const

/** 零工市场: open postings near me first; 日结 pinned; kind, shift, certificate, sort; 20 a page. */
export default function JobsIndex() {
  const [here, setHere] = useState<{ lng: number; lat: number } | null>(null)
  const [daily, setDaily] = useState(false)
  const [kind, setKind] = useState<Kind[]>([])
  const [shift, setShift] = useState<Shift[]>([])
  const [cert, setCert] = useState<string[]>([])
  const [sort, setSort] = useState<Sort[]>(['distance'])
  const [page, setPage] = useState(0)
  const [items, setItems] = useState<PostingSummary[]>([])
  useEffect(() => void locate().then(setHere), [])
  const input = {
    ...(here ?? {}),
    ...(daily ? { daily: true } : {}),
    ...(kind[0] ? { kind: kind[0] } : {}),
    ...(shift[0] ? { shift: shift[0] } : {}),
    ...(cert[0] ? { certificate: cert[0] } : {}),
    sort: sort[0] ?? 'distance',
    page,
  }
  const list = useData(() => call('jobs', 'nearby', input, { loading: false, toast: false }), [JSON.stringify(input)])
  useEffect(() => {
    if (list.data) setItems((old) => (list.data!.page === 0 ? list.data!.items : [...old, ...list.data!.items]))
  }, [list.data])
  const reset =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      setPage(0)
      set(v)
    }
  const one =
    <K extends string>(cur: K[], set: (v: K[]) => void) =>
    (k: K) =>
      reset(set)(cur[0] === k ? [] : [k])

  return (
    <Screen className="jobs">
      <View className="row">
        <Pressable className="grow" label="我的求职" onPress={() => go('/subpackages/jobs/mine')}>
          <Text>我的求职</Text>
        </Pressable>
        <Pressable label="求职档案" onPress={() => go('/subpackages/jobs/profile')}>
          <Text>求职档案</Text>
        </Pressable>
      </View>
      {!here && <Text className="muted">未获取到位置，按发布时间排列；允许定位后按距离排列。</Text>}
      <FilterBar
        pinned={
          <Chip on={daily} onPress={() => reset(setDaily)(!daily)}>
            日结
          </Chip>
        }
        groups={[
          { title: '类型', options: keysOf(JOB_KINDS), selected: kind, onToggle: (k) => one(kind, setKind)(k as Kind) },
          {
            title: '班次',
            options: keysOf(JOB_SHIFTS),
            selected: shift,
            onToggle: (k) => one(shift, setShift)(k as Shift),
          },
          {
            title: '证书',
            options: CERTS.map((c) => ({ key: c, label: c })),
            selected: cert,
            onToggle: (k) => one(cert, setCert)(k as string),
          },
        ]}
        active={sort[0] && sort[0] !== 'distance' ? 1 : 0}
        onClear={() => {
          setPage(0)
          setSort(['distance'])
          setDaily(false)
          setKind([])
          setShift([])
          setCert([])
        }}
      >
        {/* 排序 always has a choice (离我最近 by default), so it is not counted as a filter. */}
        <View className="filter-bar__group">
          <Text className="filter-bar__title">排序</Text>
          <ChipGroup label="排序" kind="radiogroup">
            {(Object.keys(SORTS) as Sort[]).map((k) => (
              <Chip key={k} role="radio" on={(sort[0] ?? 'distance') === k} onPress={() => reset(setSort)([k])}>
                {SORTS[k]}
              </Chip>
            ))}
          </ChipGroup>
        </View>
      </FilterBar>
      <PageState
        loading={list.loading && !items.length}
        error={list.error}
        empty={!list.loading && items.length === 0}
        emptyText="附近暂时没有符合条件的岗位，换个筛选条件或稍后再来看看"
        onRetry={list.reload}
      >
        <View role="list" aria-label="岗位">
          {items.map((p) => (
            <JobCard key={p.id} p={p} />
          ))}
        </View>
        {list.data?.more && (
          <Button block onClick={() => setPage(page + 1)}>
            加载更多
          </Button>
        )}
        <Text className="muted">薪资均按 {Object.values(PAY_UNITS).join('/')} 标明计薪单位。</Text>
      </PageState>
    </Screen>
  )
}

const keysOf = (labels: Record<string, string>) => Object.entries(labels).map(([key, label]) => ({ key, label }))
