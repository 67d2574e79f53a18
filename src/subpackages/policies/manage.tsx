import { Input, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { OutputOf } from '../../../contract'
import { POLICY_CATEGORIES } from '../../../contract/policies'
import { PageState } from '../../components/PageState'
import { fieldProps } from '../../platform/a11y'
import { pickSpreadsheet } from '../../platform/pick-file'
import { saveBase64File } from '../../platform/save-file'
import { call, type CallError } from '../../services/call'
import { windowLabel } from './format'
import { Pressable } from '../../components/Pressable'
import { Chip } from '../../components/Chip'
import { Screen } from '../../components/Screen'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import './policies.css'
import './contract'

type ImportResult = OutputOf<'policies', 'importPolicies'>
const SLICE = 100
const go = (url: string) => Taro.navigateTo({ url })
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * 政策管理 (社工, the issuing department, admins): every policy with how often it is viewed,
 * favourited and matched; expiry warnings; import from .xlsx or CSV (checked first, then saved
 * in slices with progress), export.
 */
export default function ManagePage() {
  const [q, setQ] = useState('')
  const [warnings, setWarnings] = useState(false)
  const [data, setData] = useState<OutputOf<'policies', 'staffList'>>()
  const [error, setError] = useState<CallError>()
  const [sheet, setSheet] = useState<{ name: string; base64: string }>()
  const [report, setReport] = useState<Omit<ImportResult, 'from' | 'to'>>()
  const [progress, setProgress] = useState<{ done: number; of: number }>()

  const load = (over: { q?: string; warnings?: boolean } = {}) => {
    setError(undefined)
    call('policies', 'staffList', { q, warnings, ...over }, { loading: false, toast: false }).then(setData, setError)
  }
  useDidShow(() => load())

  const pick = async () => {
    const s = await pickSpreadsheet()
    if (!s) return
    setSheet(s)
    setReport(undefined)
  }
  const run = async (dryRun: boolean) => {
    if (!sheet) return
    const format = /\.csv$/i.test(sheet.name) ? ('csv' as const) : ('xlsx' as const)
    const base = { format, file: sheet.base64, dryRun }
    if (dryRun) {
      const r = await call('policies', 'importPolicies', base, { loading: '正在检查' }).catch(() => null)
      if (r) setReport(r)
      return
    }
    // In slices, so a long file shows how far it has got.
    const total: Omit<ImportResult, 'from' | 'to'> = {
      rows: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      errors: [],
      dryRun,
    }
    for (let from = 0; ; from += SLICE) {
      const r = await call('policies', 'importPolicies', { ...base, from, to: from + SLICE }, { loading: false }).catch(
        () => null,
      )
      if (!r) break
      total.rows = r.rows
      total.created += r.created
      total.updated += r.updated
      total.unchanged += r.unchanged
      total.errors.push(...r.errors)
      setProgress({ done: r.to, of: r.rows })
      if (r.to >= r.rows) break
    }
    setProgress(undefined)
    setReport(total)
    load()
  }
  const exportAs = async (format: 'xlsx' | 'csv') => {
    const r = await call('policies', 'exportPolicies', { format }, { loading: '正在导出' }).catch(() => null)
    if (!r) return
    await saveBase64File(r.filename, r.base64, format === 'xlsx' ? XLSX_MIME : 'text/csv;charset=utf-8')
    toast(`已导出 ${r.rows} 条政策`)
  }

  return (
    <Screen className="pol">
      <View className="pol-actions">
        <Button type="primary" onClick={() => go('/subpackages/policies/edit')}>
          新建政策
        </Button>
        <Chip
          role="button"
          on={warnings}
          onPress={() => {
            setWarnings(!warnings)
            load({ warnings: !warnings })
          }}
        >
          到期提醒{data?.closingSoon ? `（${data.closingSoon}）` : ''}
        </Chip>
      </View>
      <View className="pol-search">
        <Input
          className="pol-search__input"
          placeholder="按标题、编码搜索"
          value={q}
          confirmType="search"
          {...fieldProps('搜索政策')}
          onInput={(e) => setQ(e.detail.value)}
          onConfirm={() => load()}
        />
        <Pressable className="pol-search__go" onPress={() => load()}>
          搜索
        </Pressable>
      </View>

      <View className="card">
        <Text className="section-title">导入 / 导出（Excel 或 CSV）</Text>
        <Text className="muted pol-para">
          表头：政策编码、标题、类别、专题、地区、发布单位、部门编码、政策摘要、待遇类型、最低金额（元）、最高金额（元）、待遇说明、申请条件（JSON）、所需材料（用
          | 分隔）、受理开始、受理截止… 编码已存在的行更新该政策（生成新版本）；有错误的行不会写入。先导出一份作为模板。
        </Text>
        <View className="pol-actions">
          <Button fill="outline" onClick={pick}>
            {sheet ? `已选：${sheet.name}` : '选择文件'}
          </Button>
          <Button fill="outline" disabled={!sheet} why="先选择表格文件" onClick={() => run(true)}>
            先检查
          </Button>
          <Button type="primary" disabled={!sheet || !!progress} onClick={() => run(false)}>
            导入
          </Button>
        </View>
        {progress && (
          <View
            className="pol-progress"
            role="progressbar"
            aria-label="导入进度"
            aria-valuemin={0}
            aria-valuemax={progress.of}
            aria-valuenow={progress.done}
          >
            <View
              className="pol-progress__bar"
              style={{ width: `${Math.round((progress.done / progress.of) * 100)}%` }}
            />
            <Text className="muted">
              已处理 {progress.done}/{progress.of} 行
            </Text>
          </View>
        )}
        {report && (
          <View role="status" className="pol-report">
            <Text className="pol-para">
              {report.dryRun ? '检查结果' : '导入完成'}：共 {report.rows} 行，新建 {report.created}，更新{' '}
              {report.updated}
              ，未变 {report.unchanged}，错误 {report.errors.length}
            </Text>
            {report.errors.map((e) => (
              <Text key={`${e.row}-${e.code}`} className="pol-error">
                第 {e.row} 行：{e.message}
              </Text>
            ))}
          </View>
        )}
        <View className="pol-actions">
          <Button fill="outline" onClick={() => exportAs('xlsx')}>
            导出 Excel
          </Button>
          <Button fill="outline" onClick={() => exportAs('csv')}>
            导出 CSV
          </Button>
        </View>
      </View>

      <PageState loading={!data && !error} error={error} onRetry={() => load()} empty={data?.items.length === 0}>
        <View role="list" aria-label="政策">
          {data?.items.map((p) => (
            <View key={p.id} className="card pol-card" role="listitem" aria-label={p.title}>
              <Text className="pol-card__benefit">{p.title}</Text>
              <View className="pol-card__tags">
                <Text className="pol-tag">{POLICY_CATEGORIES[p.category]}</Text>
                <Text className={`pol-window pol-window--${p.window}`}>
                  {p.withdrawn ? '已废止' : windowLabel({ ...p, opensOn: null })}
                </Text>
                <Text className="pol-tag pol-tag--topic">第 {p.version} 版</Text>
              </View>
              <Text className="muted pol-card__meta">
                {p.code} · {p.issuer}
              </Text>
              <Text className="pol-stats">
                浏览 {p.views} · 收藏 {p.favourites} · 符合 {p.matches} 人
              </Text>
              <View className="pol-actions">
                <Button fill="outline" onClick={() => go(`/subpackages/policies/detail?id=${p.id}`)}>
                  查看
                </Button>
                {p.canEdit && (
                  <Button fill="outline" onClick={() => go(`/subpackages/policies/edit?id=${p.id}`)}>
                    编辑
                  </Button>
                )}
              </View>
            </View>
          ))}
        </View>
      </PageState>
    </Screen>
  )
}
