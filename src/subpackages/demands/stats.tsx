import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { DemandStats, Figures } from '../../../contract/demands'
import { Chip, ChipGroup } from '../../components/Chip'
import { PageState } from '../../components/PageState'
import { VisitCoverageCard } from './VisitCoverageCard'
import { saveBase64File, saveTextFile } from '../../platform/save-file'
import { call, type CallError } from '../../services/call'
import { shanghaiDay } from '../../services/time'
import { Button } from '../../ui/Button'
import { percent } from './format'
import './demands.css'
import { Screen } from '../../components/Screen'
import './contract'

type Options = Awaited<ReturnType<typeof call<'demands', 'options'>>>
type Scope = { kind: 'community' | 'department'; id: number; name: string }

function Totals({ f }: { f: Figures }) {
  const cells: [string, string][] = [
    ['受理', String(f.filed)],
    ['办结', String(f.solved)],
    ['按时办结率', percent(f.onTimeRate)],
    ['办结用时中位数', f.medianDays === null ? '—' : `${f.medianDays} 天`],
    ['满意度', f.satisfaction === null ? '—' : `${f.satisfaction} 分（${f.rated} 条）`],
    ['重办率', percent(f.reopenRate)],
  ]
  return (
    <View className="figure-grid">
      {cells.map(([label, value]) => (
        <View key={label} className="figure">
          <Text className="figure__value">{value}</Text>
          <Text className="muted">{label}</Text>
        </View>
      ))}
    </View>
  )
}

function Table({ title, rows }: { title: string; rows: DemandStats['byMonth'] }) {
  if (rows.length === 0) return null
  return (
    <View className="card">
      <Text className="section-title">{title}</Text>
      <View className="table-row">
        <Text className="muted">分组</Text>
        <Text className="muted">受理 / 办结 / 按时 / 满意度</Text>
      </View>
      {rows.map((r) => (
        <View key={r.key} className="table-row">
          <Text>{r.label}</Text>
          <Text>
            {r.filed} / {r.solved} / {percent(r.onTimeRate)} / {r.satisfaction ?? '—'}
          </Text>
        </View>
      ))}
    </View>
  )
}

/** Statistics for the staff: a community (its social workers, its street office) or a department; export CSV/xlsx. */
export default function DemandStatsPage() {
  const [options, setOptions] = useState<Options>()
  const [scope, setScope] = useState<Scope>()
  const [year, setYear] = useState(Number(shanghaiDay(new Date()).slice(0, 4)))
  const [stats, setStats] = useState<DemandStats>()
  const [error, setError] = useState<CallError>()

  const scopesOf = (o: Options): Scope[] => [
    ...o.communities.map((c) => ({ kind: 'community' as const, id: c.id, name: c.name })),
    ...o.myDepartments.map((d) => ({ kind: 'department' as const, id: d.id, name: d.name })),
  ]
  const load = async (s?: Scope, y = year) => {
    setError(undefined)
    setStats(undefined)
    try {
      const o = options ?? (await call('demands', 'options', {}, { loading: false, toast: false }))
      setOptions(o)
      const chosen = s ?? scope ?? scopesOf(o)[0]
      setScope(chosen)
      if (!chosen) return
      setStats(
        chosen.kind === 'community'
          ? await call('demands', 'stats', { communityId: chosen.id, year: y }, { loading: false, toast: false })
          : await call(
              'demands',
              'departmentStats',
              { departmentId: chosen.id, year: y },
              { loading: false, toast: false },
            ),
      )
    } catch (e) {
      setError(e as CallError)
    }
  }
  useDidShow(() => void load())
  const exportAs = async (format: 'csv' | 'xlsx') => {
    if (scope?.kind !== 'community') return
    const r = await call(
      'demands',
      'exportStats',
      { communityId: scope.id, year, format },
      { loading: '正在导出' },
    ).catch(() => null)
    if (!r) return
    if (r.encoding === 'utf8') await saveTextFile(r.filename, r.content)
    else
      await saveBase64File(r.filename, r.content, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  }
  const scopes = options ? scopesOf(options) : []

  return (
    <Screen className="demands">
      <PageState
        loading={!error && (!options || (!!scope && !stats))}
        error={error}
        onRetry={() => load()}
        empty={!!options && scopes.length === 0}
        emptyText="诉求统计仅对社工、部门和管理员开放"
      >
        {scopes.length > 1 && (
          <ChipGroup label="统计范围" kind="radiogroup">
            {scopes.map((s) => (
              <Chip
                key={`${s.kind}:${s.id}`}
                role="radio"
                on={scope?.kind === s.kind && scope.id === s.id}
                onPress={() => void load(s)}
              >
                {s.name}
              </Chip>
            ))}
          </ChipGroup>
        )}
        {stats && (
          <>
            <View className="card">
              <View className="row year">
                <Button
                  className="year__step"
                  size="small"
                  fill="outline"
                  aria-label="上一年"
                  onClick={() => (setYear(year - 1), void load(scope, year - 1))}
                >
                  ‹
                </Button>
                <Text className="section-title grow year__title">
                  {stats.scope} · {stats.year} 年
                </Text>
                <Button
                  className="year__step"
                  size="small"
                  fill="outline"
                  aria-label="下一年"
                  onClick={() => (setYear(year + 1), void load(scope, year + 1))}
                >
                  ›
                </Button>
              </View>
              <Totals f={stats.total} />
              <Text className="meta">
                当前办理中 {stats.open} 件，其中逾期 {stats.overdueOpen} 件
              </Text>
              {scope?.kind === 'community' && (
                <View className="row-buttons">
                  <Button size="small" fill="outline" onClick={() => exportAs('csv')}>
                    导出 CSV
                  </Button>
                  <Button size="small" fill="outline" onClick={() => exportAs('xlsx')}>
                    导出 Excel
                  </Button>
                </View>
              )}
            </View>
            {scope?.kind === 'community' && <VisitCoverageCard communityId={scope.id} />}
            <Table title="按月" rows={stats.byMonth} />
            <Table title="按网格" rows={stats.byGrid} />
            <Table title="按承办部门" rows={stats.byDepartment} />
            <Table title="按类别" rows={stats.byCategory} />
          </>
        )}
      </PageState>
    </Screen>
  )
}
