import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { Screen } from '../../components/Screen'
import { pickSpreadsheet } from '../../platform/pick-file'
import { call } from '../../services/call'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import './lab.css'
import './contract'

const SLICE = 50

/**
 * Lab staff import the catalogue from .xlsx or CSV: every row is checked first (in slices, with
 * progress); one bad row and nothing is written; then the file is written at once.
 */
export default function LabImport() {
  const { params } = useRouter()
  const labId = Number(params.lab)
  const [sheet, setSheet] = useState<{ name: string; base64: string }>()
  const [progress, setProgress] = useState<string>()
  const [errors, setErrors] = useState<{ row: number; message: string }[]>([])
  const [result, setResult] = useState<string>()
  const pick = async () => {
    const s = await pickSpreadsheet()
    if (s) {
      setSheet(s)
      setErrors([])
      setResult(undefined)
    }
  }
  const run = async () => {
    if (!sheet) return
    const base = {
      labId,
      format: /\.csv$/i.test(sheet.name) ? ('csv' as const) : ('xlsx' as const),
      file: sheet.base64,
    }
    const found: { row: number; message: string }[] = []
    for (let from = 0; ; from += SLICE) {
      const r = await call(
        'lab',
        'importItems',
        { ...base, dryRun: true, from, to: from + SLICE },
        { loading: false },
      ).catch(() => null)
      if (!r) return setProgress(undefined)
      found.push(...r.errors)
      setProgress(`正在检查：${r.to} / ${r.rows} 行`)
      if (r.to >= r.rows) break
    }
    setErrors(found)
    if (found.length) {
      setProgress(undefined)
      return toast(`有 ${found.length} 行需要修改，未导入任何数据`)
    }
    setProgress('正在写入…')
    const r = await call('lab', 'importItems', base, { loading: false }).catch(() => null)
    setProgress(undefined)
    if (r) setResult(`已导入：新增 ${r.created} 项，更新 ${r.updated} 项`)
  }
  return (
    <Screen>
      <View className="card">
        <Text className="section-title">导入检测目录（Excel 或 CSV）</Text>
        <Text className="muted lab-line">
          表头：项目编号、检测类别、检测项目、检测标准、样品要求、检测周期（工作日）、市场价（元）、实验室价（元）。编号已有的项目会更新；实验室价不能高于市场价；任何一行有错都不会写入。
        </Text>
        <View className="row lab-actions">
          <Button fill="outline" onClick={pick}>
            {sheet ? `已选：${sheet.name}` : '选择文件'}
          </Button>
          <Button type="primary" disabled={!sheet || !!progress} onClick={run}>
            检查并导入
          </Button>
        </View>
        {progress && (
          <View className="lab-line" role="status">
            {progress}
          </View>
        )}
        {result && (
          <View className="lab-line" role="status">
            {result}
          </View>
        )}
      </View>
      {errors.length > 0 && (
        <View className="card" role="list" aria-label="需要修改的行">
          {errors.map((e) => (
            <View key={e.row} className="lab-line" role="listitem">
              {e.message}
            </View>
          ))}
        </View>
      )}
    </Screen>
  )
}
