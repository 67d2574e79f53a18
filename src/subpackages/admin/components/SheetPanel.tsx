import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import type { OutputOf } from '../../../../contract'
import { pickSpreadsheet } from '../../../platform/pick-file'
import { saveBase64File } from '../../../platform/save-file'
import { call } from '../../../services/call'
import { Button } from '../../../ui/Button'
import { toast } from '../../../services/toast'

type Part = OutputOf<'admin', 'importEnterprises'>
interface Progress {
  done: number
  total: number
  created: number
  updated: number
  errors: Part['errors']
  dryRun: boolean
  finished: boolean
}

const PART_ROWS = 200

/**
 * Enterprises in and out as .xlsx or CSV. An import goes a part at a time so the page shows how
 * far it is; bad rows are listed with their line and reason (and change nothing).
 */
export function SheetPanel({ communityId, onImported }: { communityId?: number; onImported: () => void }) {
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null)
  const [progress, setProgress] = useState<Progress>()
  const [busy, setBusy] = useState(false)

  const choose = async () => {
    const f = await pickSpreadsheet()
    if (f) {
      setFile(f)
      setProgress(undefined)
    }
  }
  const run = async (dryRun: boolean) => {
    if (!file) return
    setBusy(true)
    let p: Progress = { done: 0, total: 0, created: 0, updated: 0, errors: [], dryRun, finished: false }
    setProgress(p)
    let offset: number | null = 0
    try {
      while (offset !== null) {
        const part: Part = await call(
          'admin',
          'importEnterprises',
          { file, dryRun, offset, limit: PART_ROWS, ...(communityId ? { communityId } : {}) },
          { loading: false },
        )
        p = {
          ...p,
          done: p.done + part.processed,
          total: part.totalRows,
          created: p.created + part.created,
          updated: p.updated + part.updated,
          errors: [...p.errors, ...part.errors],
        }
        setProgress(p)
        offset = part.nextOffset
      }
      setProgress({ ...p, finished: true })
      if (!dryRun) onImported()
    } catch {
      setProgress({ ...p, finished: true })
    } finally {
      setBusy(false)
    }
  }
  const exportAs = async (format: 'xlsx' | 'csv') => {
    const r = await call(
      'admin',
      'exportEnterprises',
      { format, ...(communityId ? { communityId } : {}) },
      { loading: '正在导出' },
    ).catch(() => null)
    if (r) {
      await saveBase64File(r.filename, r.base64, r.mime)
      toast(`已导出 ${r.rows} 家企业`)
    }
  }

  return (
    <View className="card">
      <Text className="section-title">导入 / 导出（xlsx 或 CSV）</Text>
      <Text className="muted">
        列：企业名称、统一社会信用代码、社区编码、网格、地址、行业、员工人数、联系人、联系电话。按信用代码新建或更新；有错的行不写入。
      </Text>
      <View className="admin-actions">
        <Button fill="outline" onClick={choose} disabled={busy}>
          {file ? `已选：${file.name}` : '选择文件'}
        </Button>
        <Button disabled={!file || busy} why={busy ? '' : '先选择表格文件'} onClick={() => run(true)}>
          先检查
        </Button>
        <Button type="primary" disabled={!file || busy} onClick={() => run(false)}>
          导入
        </Button>
      </View>
      {progress && (
        <View role="status" aria-label={progress.dryRun ? '检查结果' : '导入结果'}>
          <View
            className="admin-progress"
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={progress.total || 1}
            aria-valuenow={progress.done}
          >
            <View
              className="admin-progress__bar"
              style={{ width: `${progress.total ? (100 * progress.done) / progress.total : 0}%` }}
            />
          </View>
          <Text style={{ display: 'block' }}>
            {progress.finished ? (progress.dryRun ? '检查完成' : '导入完成') : '处理中'}：{progress.done}/
            {progress.total || '…'} 行，新建 {progress.created}，更新 {progress.updated}，错误 {progress.errors.length}
          </Text>
          {progress.errors.slice(0, 200).map((e) => (
            <Text key={e.row} className="admin-error">
              第 {e.row} 行：{e.message}
            </Text>
          ))}
        </View>
      )}
      <View className="admin-actions">
        <Button fill="outline" onClick={() => exportAs('xlsx')}>
          导出 xlsx
        </Button>
        <Button fill="outline" onClick={() => exportAs('csv')}>
          导出 CSV
        </Button>
      </View>
    </View>
  )
}
