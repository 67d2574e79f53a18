import { Text, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { pickSpreadsheet } from '../platform/pick-file'
import { toast } from '../services/toast'
import { Button } from '../ui/Button'
import './ImportPanel.css'

/** A chosen spreadsheet: its name (.xlsx or .csv) and its bytes as base64 (the contract's `sheetUpload`). */
export interface SheetFile {
  name: string
  base64: string
}
export interface RowError {
  /** The spreadsheet's line (the header is line 1). */
  row: number
  message: string
}
/** One part of the check: the data rows in the file, where the next part starts (null: done), the rows that would fail. */
export interface Checked {
  rows: number
  next: number | null
  errors: RowError[]
}

/** The file's format by its name, for actions that ask for it. */
export const sheetFormat = (file: SheetFile): 'xlsx' | 'csv' => (/\.csv$/i.test(file.name) ? 'csv' : 'xlsx')

interface Props {
  /** The card's title (导入 / 导出（Excel 或 CSV）). */
  title: string
  /** The columns and the rules, in words. */
  hint: string
  /** Check the rows from `from` on, writing nothing (a part at a time, so the panel shows how far it is). */
  check: (file: SheetFile, from: number) => Promise<Checked>
  /**
   * Write the file: called only when the whole check found no bad row. `progress(done, rows)` moves
   * the bar; answers what to say (已导入：新建 3，更新 2).
   */
  write: (file: SheetFile, progress: (done: number, rows: number) => void) => Promise<string>
  /** With it, 导出 Excel and 导出 CSV under the panel (the same columns, a template to fill in). */
  onExport?: (format: 'xlsx' | 'csv') => void
  /** More buttons under the panel. */
  children?: ReactNode
}

const EXPORTS = [
  ['xlsx', '导出 Excel'],
  ['csv', '导出 CSV'],
] as const

interface Step {
  label: string
  done: number
  rows: number
}

/**
 * Import from .xlsx or CSV, the one way everywhere: choose the file, 检查并导入 checks every row
 * first with a progress bar; any bad row is listed with its line and nothing is written; then
 * the file is written and the result said. Calls refused by the server show their own message.
 */
export function ImportPanel({ title, hint, check, write, onExport, children }: Props) {
  const [file, setFile] = useState<SheetFile>()
  const [step, setStep] = useState<Step>()
  const [errors, setErrors] = useState<RowError[]>([])
  const [result, setResult] = useState<string>()

  const choose = async () => {
    const f = await pickSpreadsheet()
    if (f) {
      setFile(f)
      setErrors([])
      setResult(undefined)
    }
  }
  const run = async () => {
    if (!file) return
    setErrors([])
    setResult(undefined)
    try {
      const found: RowError[] = []
      let rows = 0
      setStep({ label: '正在检查', done: 0, rows })
      for (let from: number | null = 0; from !== null;) {
        const part: Checked = await check(file, from)
        found.push(...part.errors)
        rows = part.rows
        from = part.next
        setStep({ label: '正在检查', done: from ?? rows, rows })
      }
      if (found.length) {
        setErrors(found.sort((a, b) => a.row - b.row))
        toast(`有 ${found.length} 行需要修改，未导入任何数据`)
        return
      }
      setStep({ label: '正在写入', done: 0, rows })
      setResult(await write(file, (done, total) => setStep({ label: '正在写入', done, rows: total })))
    } catch {
      // call() has shown the server's words.
    } finally {
      setStep(undefined)
    }
  }

  return (
    <View className="card import-panel">
      <Text className="section-title">{title}</Text>
      <Text className="muted import-panel__hint">{hint}</Text>
      <View className="import-panel__actions">
        <Button fill="outline" onClick={choose} disabled={!!step}>
          {file ? `已选：${file.name}` : '选择文件'}
        </Button>
        <Button type="primary" disabled={!file || !!step} why={step ? '' : '先选择表格文件'} onClick={run}>
          检查并导入
        </Button>
      </View>
      {step && (
        <View role="status" aria-label={step.label}>
          <View
            className="import-panel__progress"
            role="progressbar"
            aria-label="导入进度"
            aria-valuemin={0}
            aria-valuemax={step.rows || 1}
            aria-valuenow={step.done}
          >
            <View
              className="import-panel__bar"
              style={{ width: `${step.rows ? Math.min(100, (100 * step.done) / step.rows) : 0}%` }}
            />
          </View>
          <Text>
            {step.label}：{step.done} / {step.rows || '…'} 行
          </Text>
        </View>
      )}
      {result && (
        <View className="import-panel__line" role="status">
          {result}
        </View>
      )}
      {errors.length > 0 && (
        <>
          <Text className="import-panel__line import-panel__warn">有 {errors.length} 行需要修改，未导入任何数据：</Text>
          <View role="list" aria-label="需要修改的行">
            {errors.slice(0, 200).map((e, i) => (
              <View key={`${e.row}-${i}`} className="import-panel__line import-panel__error" role="listitem">
                第 {e.row} 行：{e.message}
              </View>
            ))}
          </View>
        </>
      )}
      {(onExport || children) && (
        <View className="import-panel__actions">
          {onExport &&
            EXPORTS.map(([format, label]) => (
              <Button key={format} fill="outline" onClick={() => onExport(format)}>
                {label}
              </Button>
            ))}
          {children}
        </View>
      )}
    </View>
  )
}
