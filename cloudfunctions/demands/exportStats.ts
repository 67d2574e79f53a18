import type { DemandStats } from '../../contract/demands'
import { handler } from '../../server/core/define-function'
import { csvText, xlsxBuffer, type Sheet } from '../../server/sheets'
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

/**
 * Statistics as a spreadsheet: CSV (UTF-8 with BOM, Excel opens it) or xlsx, one section/sheet per
 * breakdown. The figures are read in the transaction; the file is built after commit (finish).
 */
export const exportStats = handler('demands', 'exportStats', {
  access: communityDemandStaff('communityId'),
  run: (ctx, input) => statsFor(ctx.db, { communityId: input.communityId }, input.year, ctx.now, ctx.target.name),
  async finish(s, _ctx, input) {
    const parts: Sheet[] = sheets(s).map(([name, rows]) => ({
      name,
      header: COLUMNS,
      rows,
      widths: COLUMNS.map((_, i) => (i === 0 ? 28 : 14)),
    }))
    const base = `诉求统计-${s.scope}-${input.year}`
    const rows = parts.reduce((n, p) => n + p.rows.length, 0)
    // server/sheets.ts writes every sheet: a grid or department named like a formula stays text.
    if (input.format === 'csv') {
      return { filename: `${base}.csv`, content: csvText(parts), encoding: 'utf8' as const, rows }
    }
    const buffer = await xlsxBuffer(parts)
    return { filename: `${base}.xlsx`, content: buffer.toString('base64'), encoding: 'base64' as const, rows }
  },
})
