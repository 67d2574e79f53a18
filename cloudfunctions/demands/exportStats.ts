import type { DemandStats } from '../../contract/demands'
import { handler } from '../../server/core/define-function'
import { communityDemandStaff } from './domain/access'
import { statsFor } from './domain/stats'

const COLUMNS = ['分组', '受理', '办结', '按时办结率', '办结用时中位数（天）', '满意度', '评价数', '重办率']
const pct = (x: number | null) => (x === null ? '' : `${(x * 100).toFixed(1)}%`)

function sheets(s: DemandStats): [string, (string | number)[][]][] {
  const rows = (list: DemandStats['byMonth']) =>
    list.map((r) => [
      r.label,
      r.filed,
      r.solved,
      pct(r.onTimeRate),
      r.medianDays ?? '',
      r.satisfaction ?? '',
      r.rated,
      pct(r.reopenRate),
    ])
  return [
    ['按月', [...rows(s.byMonth), ...rows([{ key: 'total', label: '全年合计', ...s.total }])]],
    ['按网格', rows(s.byGrid)],
    ['按部门', rows(s.byDepartment)],
    ['按类别', rows(s.byCategory)],
  ]
}

const csvCell = (v: string | number) => {
  const t = String(v)
  return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t
}

/**
 * Statistics as a spreadsheet: CSV (UTF-8 with BOM, Excel opens it) or xlsx, one section/sheet per
 * breakdown. The figures are read in the transaction; the file is built after commit (finish).
 */
export const exportStats = handler('demands', 'exportStats', {
  access: communityDemandStaff('communityId'),
  run: (ctx, input) => statsFor(ctx.db, { communityId: input.communityId }, input.year, ctx.now, ctx.target.name),
  async finish(s, _ctx, input) {
    const parts = sheets(s)
    const base = `诉求统计-${s.scope}-${input.year}`
    const rows = parts.reduce((n, [, r]) => n + r.length, 0)
    if (input.format === 'csv') {
      const lines: string[] = []
      for (const [title, r] of parts) {
        lines.push(csvCell(title), COLUMNS.map(csvCell).join(','), ...r.map((x) => x.map(csvCell).join(',')), '')
      }
      return { filename: `${base}.csv`, content: '\uFEFF' + lines.join('\r\n'), encoding: 'utf8' as const, rows }
    }
    // exceljs (~1 MB with its dependencies) loads when a workbook is written, not on the cold start.
    const { default: ExcelJS } = await import('exceljs')
    const wb = new ExcelJS.Workbook()
    for (const [title, r] of parts) {
      const ws = wb.addWorksheet(title)
      ws.addRow(COLUMNS).font = { bold: true }
      r.forEach((x) => ws.addRow(x))
      ws.columns.forEach((c, i) => (c.width = i === 0 ? 28 : 14))
    }
    const buffer = Buffer.from(await wb.xlsx.writeBuffer())
    return { filename: `${base}.xlsx`, content: buffer.toString('base64'), encoding: 'base64' as const, rows }
  },
})
