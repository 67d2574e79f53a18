import { View, Text, Textarea } from '@tarojs/components'
import { useState } from 'react'
import type { OutputOf } from '../../../../contract'
import { call } from '../../../services/call'
import { Button } from '../../../ui/Button'
import { fieldProps } from '../../../platform/a11y'
import { saveTextFile } from '../../../platform/save-file'
import { toast } from '../../../services/toast'

type ImportResult = OutputOf<'stations', 'importCsv'>

/** Admin: import stations from CSV (check first, then import) and export all stations. */
export function CsvPanel() {
  const [csv, setCsv] = useState('')
  const [result, setResult] = useState<ImportResult>()

  const run = async (dryRun: boolean) => {
    const r = await call(
      'stations',
      'importCsv',
      { csv, dryRun },
      { loading: dryRun ? '正在检查' : `正在导入 ${csv.split('\n').length - 1} 行` },
    ).catch(() => null)
    if (r) setResult(r)
  }
  const exportAll = async () => {
    const r = await call('stations', 'exportCsv', {}, { loading: '正在导出' }).catch(() => null)
    if (r) {
      await saveTextFile(r.filename, r.csv)
      toast(`已导出 ${r.rows} 个站点`)
    }
  }

  return (
    <View className="card detail__section">
      <Text className="detail__title">站点导入 / 导出（CSV）</Text>
      <Text className="muted detail__live-line">
        粘贴 CSV（首行为表头：站点编码,名称,类型,社区编码,地址,经度,纬度…）。按站点编码新建或更新；有错误的行不会写入。
      </Text>
      <Textarea
        className="ls-textarea"
        style={{ minHeight: '120px' }}
        {...fieldProps('CSV 内容')}
        maxlength={-1}
        value={csv}
        onInput={(e) => setCsv(e.detail.value)}
        placeholder="站点编码,名称,类型,社区编码,运营方,地址,电话,经度,纬度,24小时,营业时间,设施,骑手优惠,夜间进入方式"
      />
      <View className="detail__actions">
        <Button disabled={!csv.trim()} why="先粘贴 CSV 内容" onClick={() => run(true)}>
          先检查
        </Button>
        <Button type="primary" disabled={!csv.trim()} onClick={() => run(false)}>
          导入
        </Button>
        <Button fill="outline" onClick={exportAll}>
          导出全部
        </Button>
      </View>
      {result && (
        <View role="status">
          <Text className="detail__live-line">
            {result.dryRun ? '检查结果' : '导入完成'}：共 {result.rows} 行，新建 {result.created}，更新 {result.updated}
            ，错误 {result.errors.length}
          </Text>
          {result.errors.map((e) => (
            <Text key={e.row} className="detail__error">
              第 {e.row} 行：{e.message}
            </Text>
          ))}
        </View>
      )}
    </View>
  )
}
