import { useRouter } from '@tarojs/taro'
import { ImportPanel, sheetFormat, type SheetFile } from '../../components/ImportPanel'
import { Screen } from '../../components/Screen'
import { call } from '../../services/call'
import './lab.css'
import './contract'

const SLICE = 50

/**
 * Lab staff import the catalogue from .xlsx or CSV (ImportPanel): every row is checked first (in
 * slices, with progress); one bad row and nothing is written; then the file is written at once.
 */
export default function LabImport() {
  const { params } = useRouter()
  const labId = Number(params.lab)
  const base = (file: SheetFile) => ({ labId, format: sheetFormat(file), file: file.base64 })
  return (
    <Screen>
      <ImportPanel
        title="导入检测目录（Excel 或 CSV）"
        hint="表头：项目编号、检测类别、检测项目、检测标准、样品要求、检测周期（工作日）、市场价（元）、实验室价（元）。编号已有的项目会更新；实验室价不能高于市场价；任何一行有错都不会写入。"
        check={async (file, from) => {
          const r = await call(
            'lab',
            'importItems',
            { ...base(file), dryRun: true, from, to: from + SLICE },
            { loading: false },
          )
          return { rows: r.rows, next: r.to < r.rows ? r.to : null, errors: r.errors }
        }}
        write={async (file, progress) => {
          const r = await call('lab', 'importItems', base(file), { loading: false })
          progress(r.rows, r.rows)
          return `已导入：新增 ${r.created} 项，更新 ${r.updated} 项`
        }}
      />
    </Screen>
  )
}
