import { Input, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { OutputOf } from '../../../contract'
import { POLICY_CATEGORIES } from '../../../contract/policies'
import { ImportPanel, sheetFormat, type SheetFile } from '../../components/ImportPanel'
import { PageState } from '../../components/PageState'
import { fieldProps } from '../../platform/a11y'
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

const SLICE = 100
/** Rows [from, from + SLICE) of the file, checked only (dryRun) or written. */
const sliceOf = (file: SheetFile, from: number, dryRun: boolean) => ({
  format: sheetFormat(file),
  file: file.base64,
  dryRun,
  from,
  to: from + SLICE,
})
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

  const load = (over: { q?: string; warnings?: boolean } = {}) => {
    setError(undefined)
    call('policies', 'staffList', { q, warnings, ...over }, { loading: false, toast: false }).then(setData, setError)
  }
  useDidShow(() => load())

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

      <ImportPanel
        title="导入 / 导出（Excel 或 CSV）"
        hint="表头：政策编码、标题、类别、专题、地区、发布单位、部门编码、政策摘要、待遇类型、最低金额（元）、最高金额（元）、待遇说明、申请条件（JSON）、所需材料（用 | 分隔）、受理开始、受理截止… 编码已存在的行更新该政策（生成新版本）；任何一行有错都不会写入。先导出一份作为模板。"
        check={async (file, from) => {
          const r = await call('policies', 'importPolicies', sliceOf(file, from, true), { loading: false })
          return { rows: r.rows, next: r.to < r.rows ? r.to : null, errors: r.errors }
        }}
        write={async (file, progress) => {
          // In slices, so a long file shows how far it has got.
          const n = { created: 0, updated: 0, unchanged: 0, errors: 0 }
          for (let from = 0; ; from += SLICE) {
            const r = await call('policies', 'importPolicies', sliceOf(file, from, false), { loading: false })
            n.created += r.created
            n.updated += r.updated
            n.unchanged += r.unchanged
            n.errors += r.errors.length
            progress(r.to, r.rows)
            if (r.to >= r.rows) break
          }
          load()
          return `导入完成：新建 ${n.created}，更新 ${n.updated}，未变 ${n.unchanged}${n.errors ? `，${n.errors} 行未写入` : ''}`
        }}
        onExport={exportAs}
      />

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
