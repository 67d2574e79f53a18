import { TASK_KINDS } from '../../contract/volunteers'
import { handler } from '../../server/core/define-function'
import { maskName } from '../../server/people/mask'
import { csvText, xlsxBuffer, type Sheet } from '../../server/sheets'
import { formatShanghai } from '../../server/time/shanghai'
import { teamOrganiser } from './domain/access'
import { hoursRows } from './domain/stats'

const HEADER = ['志愿者', '任务', '类型', '开始时间', '任务时长（分钟）', '确认时长（分钟）', '确认时间']

/** A team's confirmed hours as CSV or xlsx (server/sheets.ts); read in the transaction, built after commit. */
export const exportHours = handler('volunteers', 'exportHours', {
  access: teamOrganiser('teamId'),
  async run({ db, target }) {
    const rows = await hoursRows(db, target)
    return {
      team: target.name,
      rows: rows.map((r) => [
        maskName(r.display_name),
        r.title,
        TASK_KINDS[r.kind],
        formatShanghai(new Date(r.starts_at)),
        r.length,
        r.minutes,
        formatShanghai(new Date(r.confirmed_at)),
      ]),
    }
  },
  async finish({ team, rows }, _ctx, input) {
    const sheet: Sheet = { name: '志愿服务时长', header: HEADER, rows, freezeHeader: true }
    const base = `志愿服务时长-${team}`
    if (input.format === 'csv')
      return { filename: `${base}.csv`, content: csvText(sheet), encoding: 'utf8' as const, rows: rows.length }
    const buffer = await xlsxBuffer(sheet)
    return {
      filename: `${base}.xlsx`,
      content: buffer.toString('base64'),
      encoding: 'base64' as const,
      rows: rows.length,
    }
  },
})
