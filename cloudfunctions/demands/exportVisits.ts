import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { csvText, xlsxBuffer, type Sheet } from '../../server/sheets'
import { communityDemandStaff } from './domain/access'
import { presentVisitRow, visitQuery } from './domain/visits'

const COLUMNS = ['日期', '状态', '企业', '网格', '社工', '见到的人', '走访发现', '照片数', '代报诉求数']
const MAX_ROWS = 20_000

/**
 * A community's visits between two days (Shanghai) as .xlsx or CSV: read in the transaction,
 * the file built after commit by server/sheets.ts (the one spreadsheet module). Audited: the
 * names of people met leave the app.
 */
export const exportVisits = handler('demands', 'exportVisits', {
  access: communityDemandStaff('communityId'),
  async run(ctx, input) {
    if (input.from > input.to) refuse('BAD_REQUEST', '开始日期不能晚于结束日期')
    const rows = await visitQuery(ctx.db)
      .select((eb) =>
        eb
          .selectFrom('demands as d')
          .whereRef('d.visit_id', '=', 'v.id')
          .select(eb.fn.countAll<number>().as('n'))
          .as('demands'),
      )
      .where('v.community_id', '=', input.communityId)
      .where((eb) =>
        eb.or([
          eb.and([eb('v.visited_on', '>=', input.from), eb('v.visited_on', '<=', input.to)]),
          eb.and([
            eb('v.planned_on', '>=', input.from),
            eb('v.planned_on', '<=', input.to),
            eb('v.status', '=', 'planned'),
          ]),
        ]),
      )
      .orderBy('day')
      .orderBy('v.id')
      .limit(MAX_ROWS + 1)
      .execute()
    if (rows.length > MAX_ROWS) refuse('BAD_REQUEST', `一次最多导出 ${MAX_ROWS} 条，请缩短日期范围`)
    await audit(ctx, {
      actorId: ctx.user.id,
      action: 'visits.export',
      subject: { type: 'community', id: input.communityId },
      communityId: input.communityId,
      after: { from: input.from, to: input.to, format: input.format, rows: rows.length },
    })
    return {
      scope: ctx.target.name,
      rows: rows.map((r) => ({ ...presentVisitRow(r), demands: Number(r.demands ?? 0) })),
    }
  },
  async finish(r, _ctx, input) {
    const sheet: Sheet = {
      name: '走访记录',
      header: COLUMNS,
      rows: r.rows.map((v) => [
        v.date,
        v.statusLabel,
        v.enterprise,
        v.grid ?? '',
        v.worker,
        v.met,
        v.findings,
        v.photos,
        v.demands,
      ]),
      widths: [12, 10, 28, 12, 14, 24, 60, 8, 10],
      freezeHeader: true,
    }
    const base = `走访记录-${r.scope}-${input.from}至${input.to}`
    if (input.format === 'csv')
      return { filename: `${base}.csv`, content: csvText(sheet), encoding: 'utf8' as const, rows: r.rows.length }
    const buffer = await xlsxBuffer(sheet)
    return {
      filename: `${base}.xlsx`,
      content: buffer.toString('base64'),
      encoding: 'base64' as const,
      rows: r.rows.length,
    }
  },
})
