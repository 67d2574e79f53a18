import { STORABLE } from '../../contract/define'
import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { instituteMember } from './domain/access'
import { checkPatentNumber } from './domain/patents'
import { columnsOf, rowsOf } from './domain/sheets'

const MAX_ROWS = 2000

/**
 * The institute's contact imports its free patents from .xlsx/CSV (专利号, 专利名称, 技术领域,
 * 产业链, 法律状态). Every row is checked first; if any is wrong (a bad patent number, a missing
 * title, a number listed twice or held by another institute) nothing is written and each problem
 * comes back with its line. Good files create new patents and update the institute's own by number
 * (`dryRun`: the counts it would make, nothing written).
 */
export const importPatents = handler('sharing', 'importPatents', {
  access: instituteMember('departmentId'),
  run: async ({ target }) => target,
  async finish(institute, { user, transaction }, { file, dryRun }) {
    const table = await rowsOf(file, MAX_ROWS)
    const col = columnsOf(table[0], {
      number: ['专利号', 'number'],
      title: ['专利名称', '名称', 'title'],
      field: ['技术领域', '领域', 'field'],
      chain: ['产业链', 'chain'],
      status: ['法律状态', '状态', 'status'],
    })
    const errors: { row: number; message: string }[] = []
    const good: { number: string; title: string; field: string; chain: string; status: string }[] = []
    const seen = new Map<string, number>()
    table.slice(1).forEach((row, i) => {
      const line = i + 2
      const cell = (k: keyof typeof col) => (row[col[k]] ?? '').trim()
      const n = checkPatentNumber(cell('number'))
      if ('error' in n) return errors.push({ row: line, message: n.error })
      if (seen.has(n.number))
        return errors.push({ row: line, message: `专利号 ${n.number} 与第 ${seen.get(n.number)} 行重复` })
      seen.set(n.number, line)
      const title = cell('title')
      if (title.length < 2 || title.length > 200) return errors.push({ row: line, message: '专利名称应为 2–200 个字' })
      const long = (['field', 'chain', 'status'] as const).find((k) => cell(k).length > 40)
      if (long) return errors.push({ row: line, message: `“${cell(long)}”过长（最多 40 个字）` })
      if (row.some((c) => !STORABLE.test(c))) return errors.push({ row: line, message: '含有无法保存的字符' })
      good.push({ number: n.number, title, field: cell('field'), chain: cell('chain'), status: cell('status') })
    })
    if (errors.length) return { rows: table.length - 1, created: 0, updated: 0, errors }
    return transaction(async (ctx) => {
      const held = await ctx.db
        .selectFrom('sharing_patents')
        .select(['number', 'department_id'])
        .where(
          'number',
          'in',
          good.map((g) => g.number),
        )
        .forUpdate()
        .execute()
      const others = held.filter((h) => h.department_id !== institute.id)
      if (others.length) {
        return {
          rows: good.length,
          created: 0,
          updated: 0,
          errors: others.map((h) => ({ row: seen.get(h.number)!, message: `专利号 ${h.number} 已由其他院所登记` })),
        }
      }
      if (!good.length) refuse('BAD_REQUEST', '表格里没有可导入的专利')
      const counts = { rows: good.length, created: good.length - held.length, updated: held.length, errors: [] }
      if (dryRun) return counts
      for (const g of good) {
        await ctx.db
          .insertInto('sharing_patents')
          .values({ department_id: institute.id, ...g, created_at: ctx.now, updated_at: ctx.now })
          .onConflict((oc) =>
            oc
              .column('number')
              .doUpdateSet({ title: g.title, field: g.field, chain: g.chain, status: g.status, updated_at: ctx.now }),
          )
          .execute()
      }
      await audit(ctx, {
        actorId: user!.id,
        action: 'sharing.patent.import',
        subject: { type: 'department', id: institute.id },
        after: { rows: counts.rows, created: counts.created, updated: counts.updated },
      })
      return counts
    })
  },
})
