import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { readTable } from '../../server/sheets'
import { labStaff } from './domain/access'
import { searchColumns, writeItem, type SearchColumns } from './domain/catalogue'
import { mapHeader, readItemRow } from './domain/sheet'
import type { ItemEdit } from '../../contract/lab'

const MAX_ROWS = 1000

/**
 * Lab staff import the catalogue from .xlsx or CSV (server/sheets.ts reads it). Every row is
 * checked first; one bad row (said in Chinese with its line) and nothing is written. `dryRun`
 * checks the rows [from, to) only: the page checks the file in slices to show its progress,
 * then sends it once to write. Reading, checking and pinyin are CPU work, done in finish; only
 * the writing holds a transaction. Audited.
 */
export const importItems = handler('lab', 'importItems', {
  access: labStaff('labId'),
  run: async ({ target }) => target,
  async finish(lab, { user, transaction }, { format, file, dryRun, from, to }) {
    let table: string[][]
    try {
      table = await readTable(format, file)
    } catch (e) {
      return refuse('BAD_REQUEST', e instanceof Error ? e.message : '无法读取文件')
    }
    if (table.length < 2) refuse('BAD_REQUEST', '表格至少需要表头和一行数据')
    const data = table.slice(1)
    if (data.length > MAX_ROWS) refuse('BAD_REQUEST', `一次最多导入 ${MAX_ROWS} 行`)
    const header = mapHeader(table[0])
    if (header.missing.length) refuse('BAD_REQUEST', `表格缺少列：${header.missing.join('、')}`)
    const start = dryRun ? Math.min(from, data.length) : 0
    const end = dryRun ? Math.min(to, data.length) : data.length
    const errors: { row: number; message: string }[] = []
    const good: { edit: ItemEdit; search: SearchColumns }[] = []
    const firstRow = new Map<string, number>()
    for (let i = 0; i < end; i++) {
      const r = readItemRow(data[i], header)
      const line = i + 2
      if (typeof r === 'string') {
        if (i >= start) errors.push({ row: line, message: r })
        continue
      }
      const seen = firstRow.get(r.code)
      if (seen !== undefined) {
        if (i >= start) errors.push({ row: line, message: `项目编号 ${r.code} 在第 ${seen} 行已出现` })
        continue
      }
      firstRow.set(r.code, line)
      if (i >= start && !dryRun) good.push({ edit: r, search: await searchColumns(r) })
    }
    if (dryRun || errors.length)
      return { rows: data.length, from: start, to: end, created: 0, updated: 0, errors, dryRun }
    const saved = await transaction(async (ctx) => {
      let created = 0
      let updated = 0
      for (const g of good) {
        const r = await writeItem(ctx, lab.id, g.edit, g.search)
        if (r.created) created++
        else updated++
      }
      await audit(ctx, {
        actorId: user.id,
        action: 'lab.items.import',
        subject: { type: 'lab', id: lab.id },
        communityId: lab.community_id,
        after: { rows: data.length, created, updated },
      })
      return { created, updated }
    })
    return { rows: data.length, from: 0, to: end, ...saved, errors: [], dryRun }
  },
})
