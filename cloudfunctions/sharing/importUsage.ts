import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { liaisonOf } from './domain/access'
import { memberOf, readingProblem, saveReading } from './domain/readings'
import { columnsOf, rowsOf } from './domain/sheets'

const MAX_ROWS = 240

/**
 * An enterprise imports its monthly kWh from .xlsx/CSV (columns 月份, 用电量). Every row is
 * checked first (month, a whole non-negative number, ≤ 10× the declared consumption unless
 * confirmed); if any row is wrong nothing is saved and each problem is answered with its line.
 */
export const importUsage = handler('sharing', 'importUsage', {
  access: liaisonOf('enterpriseId'),
  async run(ctx, { roundId }) {
    const { round, monthlyKwh } = await memberOf(ctx, roundId, ctx.target)
    return { startedAt: round.started_at, monthlyKwh, enterprise: ctx.target }
  },
  async finish({ startedAt, monthlyKwh, enterprise }, { user, now, transaction }, { roundId, file, confirm }) {
    const table = await rowsOf(file, MAX_ROWS)
    const col = columnsOf(table[0], { month: ['月份', 'month'], kwh: ['用电量', '用电量（千瓦时）', 'kwh'] })
    const errors: { row: number; message: string }[] = []
    const good = new Map<string, number>()
    table.slice(1).forEach((row, i) => {
      const line = i + 2
      const month = (row[col.month] ?? '')
        .replace(/[/.年]/g, '-')
        .replace(/月$/, '')
        .replace(/-(\d)$/, '-0$1')
      const raw = (row[col.kwh] ?? '').replace(/,/g, '')
      if (!/^20\d\d-(0[1-9]|1[0-2])$/.test(month))
        return errors.push({ row: line, message: `月份“${row[col.month] ?? ''}”应为 YYYY-MM` })
      if (!/^-?\d+$/.test(raw)) return errors.push({ row: line, message: `用电量“${raw}”应为整数千瓦时` })
      if (good.has(month)) return errors.push({ row: line, message: `${month} 在文件中重复` })
      const problem = readingProblem({ startedAt, monthlyKwh, now }, month, Number(raw), confirm)
      if (problem) return errors.push({ row: line, message: problem })
      good.set(month, Number(raw))
    })
    if (errors.length) return { saved: 0, errors }
    if (!good.size) refuse('BAD_REQUEST', '表格里没有可导入的数据')
    await transaction(async (tx) => {
      for (const [month, kwh] of good) {
        await saveReading(tx, { roundId, enterpriseId: enterprise.id, userId: user.id }, month, kwh)
      }
    })
    return { saved: good.size, errors: [] }
  },
})
