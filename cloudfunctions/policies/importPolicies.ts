import { sql } from 'kysely'
import type { PolicyEdit } from '../../contract/policies'
import { AppError, refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { checkIssuingDepartment, mayEditPolicy, POLICY_STAFF } from './domain/access'
import { savePolicy } from './domain/save'
import { searchColumns } from './domain/search'
import { readTable } from '../../server/sheets'
import { mapHeader, readRow } from './domain/spreadsheet'

const MAX_ROWS = 2000

type RowError = { row: number; code: string; message: string }

/**
 * Staff: import policies from .xlsx or CSV. A row whose code is new creates a policy; a known
 * code updates it (a new version when anything changed). Each bad row is reported with its line
 * and changes nothing (its own savepoint); good rows are saved. The client sends slices of rows
 * (`from`/`to`) so it can show progress; `dryRun` checks without saving. Reading and checking
 * the file is CPU work: it happens in finish, and only the saving holds a transaction.
 */
export const importPolicies = handler('policies', 'importPolicies', {
  access: POLICY_STAFF,
  run: async ({ db }) => db.selectFrom('departments').select(['id', 'code']).execute(),
  async finish(departmentRows, { user, transaction }, { format, file, from, to, dryRun }) {
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
    const departments = new Map(departmentRows.map((d) => [d.code, d.id]))
    // Codes across the whole file: a code's first row counts, later ones are duplicates.
    const firstRowOf = new Map<string, number>()
    const codeAt = header.index.get('code')!
    data.forEach((cells, i) => {
      const code = (cells[codeAt] ?? '').trim()
      if (code && !firstRowOf.has(code)) firstRowOf.set(code, i)
    })

    const errors: RowError[] = []
    const good: { line: number; edit: PolicyEdit; search: Awaited<ReturnType<typeof searchColumns>> }[] = []
    const end = Math.min(to, data.length)
    for (let i = from; i < end; i++) {
      const line = i + 2 // spreadsheet line: the header is line 1
      const r = readRow(data[i], header, departments)
      if (!r.ok) errors.push({ row: line, code: r.code, message: r.message })
      else if (firstRowOf.get(r.edit.code) !== i)
        errors.push({
          row: line,
          code: 'DUPLICATE',
          message: `政策编码 ${r.edit.code} 在第 ${firstRowOf.get(r.edit.code)! + 2} 行已出现`,
        })
      else good.push({ line, edit: r.edit, search: await searchColumns(r.edit) })
    }

    // Only the database work in the transaction: each checked row saved in its own savepoint.
    const saved = await transaction(async (ctx) => {
      const out = { created: 0, updated: 0, unchanged: 0, errors: [] as RowError[] }
      for (const { line, edit, search } of good) {
        const fail = (code: string, message: string) => out.errors.push({ row: line, code, message })
        const existing = await ctx.db
          .selectFrom('policies')
          .select(['id', 'version', 'department_id'])
          .where('code', '=', edit.code)
          .forUpdate()
          .executeTakeFirst()
        if (existing && !mayEditPolicy(user, existing)) {
          fail('FORBIDDEN', `无权修改政策 ${edit.code}：只有发布部门、社工或管理员可以修改`)
          continue
        }
        const problem =
          !existing || existing.department_id !== edit.departmentId
            ? checkIssuingDepartment(user, edit.departmentId)
            : null
        if (problem) {
          fail('FORBIDDEN', problem)
          continue
        }
        await sql`savepoint policy_row`.execute(ctx.db)
        try {
          const r = await savePolicy(ctx, user.id, edit, existing, search)
          await (dryRun ? sql`rollback to savepoint policy_row` : sql`release savepoint policy_row`).execute(ctx.db)
          if (r.created) out.created++
          else if (r.changed) out.updated++
          else out.unchanged++
        } catch (e) {
          await sql`rollback to savepoint policy_row`.execute(ctx.db)
          if (e instanceof AppError) fail(e.code, e.message)
          else throw e
        }
      }
      return out
    })
    // Fresh planner statistics after a bulk change (the embedded database has no autovacuum).
    if (!dryRun && saved.created + saved.updated > 0) {
      await transaction(async (ctx) => sql`analyze policies`.execute(ctx.db))
    }
    return {
      rows: data.length,
      from,
      to: end,
      created: saved.created,
      updated: saved.updated,
      unchanged: saved.unchanged,
      errors: [...errors, ...saved.errors].sort((a, b) => a.row - b.row),
      dryRun,
    }
  },
})
