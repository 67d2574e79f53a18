import { ImportPanel } from '../../../components/ImportPanel'
import { saveTextFile } from '../../../platform/save-file'
import { call } from '../../../services/call'
import { toast } from '../../../services/toast'
import { Button } from '../../../ui/Button'

/** Admin: stations in from .xlsx or CSV (ImportPanel: checked first, nothing written on error), all stations out. */
export function StationImport() {
  const exportAll = async () => {
    const r = await call('stations', 'exportCsv', {}, { loading: '正在导出' }).catch(() => null)
    if (r) {
      await saveTextFile(r.filename, r.csv)
      toast(`已导出 ${r.rows} 个站点`)
    }
  }
  return (
    <ImportPanel
      title="站点导入 / 导出（Excel 或 CSV）"
      hint="首行为表头：站点编码、名称、类型、社区编码、运营方、地址、电话、经度、纬度、24小时、营业时间、设施、骑手优惠、夜间进入方式。按站点编码新建或更新；任何一行有错都不会写入。先导出一份作为模板。"
      check={async (file) => {
        const r = await call('stations', 'importCsv', { file, dryRun: true }, { loading: false })
        return { rows: r.rows, next: null, errors: r.errors }
      }}
      write={async (file, progress) => {
        const r = await call('stations', 'importCsv', { file }, { loading: false })
        progress(r.rows, r.rows)
        return `导入完成：新建 ${r.created}，更新 ${r.updated}${r.errors.length ? `，${r.errors.length} 行未写入` : ''}`
      }}
    >
      <Button fill="outline" onClick={exportAll}>
        导出全部
      </Button>
    </ImportPanel>
  )
}
