import { ImportPanel, type SheetFile } from '../../../components/ImportPanel'
import { saveBase64File } from '../../../platform/save-file'
import { call } from '../../../services/call'
import { toast } from '../../../services/toast'

const PART_ROWS = 200

/**
 * Enterprises in and out as .xlsx or CSV (ImportPanel: every row checked a part at a time, nothing
 * written while any row is wrong), created or updated by credit code.
 */
export function EnterpriseImport({ communityId, onImported }: { communityId?: number; onImported: () => void }) {
  const part = (file: SheetFile, offset: number, dryRun: boolean) =>
    call(
      'admin',
      'importEnterprises',
      { file, dryRun, offset, limit: PART_ROWS, ...(communityId ? { communityId } : {}) },
      { loading: false },
    )
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
    <ImportPanel
      title="导入 / 导出（xlsx 或 CSV）"
      hint="列：企业名称、统一社会信用代码、社区编码、网格、地址、行业、员工人数、联系人、联系电话。按信用代码新建或更新；任何一行有错都不会写入。"
      check={async (file, from) => {
        const r = await part(file, from, true)
        return { rows: r.totalRows, next: r.nextOffset, errors: r.errors }
      }}
      write={async (file, progress) => {
        const n = { created: 0, updated: 0, errors: 0 }
        for (let offset: number | null = 0; offset !== null;) {
          const r = await part(file, offset, false)
          n.created += r.created
          n.updated += r.updated
          n.errors += r.errors.length
          offset = r.nextOffset
          progress(offset ?? r.totalRows, r.totalRows)
        }
        onImported()
        return `导入完成：新建 ${n.created}，更新 ${n.updated}${n.errors ? `，${n.errors} 行未写入` : ''}`
      }}
      onExport={exportAs}
    />
  )
}
