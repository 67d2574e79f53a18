import { sql } from 'kysely'
import { AppError, refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { checkIssuingDepartment, mayEditPolicy, POLICY_STAFF } from './domain/access'
import { savePolicy } from './domain/save'
import { mapHeader, readRow, readTable } from './domain/spreadsheet'

const MAX_ROWS = 2000

/**
 * Staff: import policies from .xlsx or CSV. A row whose code is new creates a policy; a known
 * code updates it (a new version when anything changed). Each bad row is reported with its line
 * and changes nothing (its own savepoint); good rows are saved. The client sends slices of rows
 * (`from`/`to`) so it can show progress; `dryRun` checks without saving.
 *
 * Reading the file is CPU work inside the call's transaction: when define-function gains a
 * phase after commit (branch `hardening`), the parse moves there.
 */
export const importPolicies = handler('policies', 'importPolicies', {
  access: POLICY_STAFF,
  async run(ctx, { format, file, from, to, dryRun }) {
    const { db, user } = ctx
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
    const departments = new Map(
      (await db.selectFrom('departments').select(['id', 'code']).execute()).map((d) => [d.code, d.id]),
    )
    // Codes across the whole file: a code's first row counts, later ones are duplicates.
    const firstRowOf = new Map<string, number>()
    const codeAt = header.index.get('code')!
    data.forEach((cells, i) => {
      const code = (cells[codeAt] ?? '').trim()
      if (code && !firstRowOf.has(code)) firstRowOf.set(code, i)
    })

    const errors: { row: number; code: string; message: string }[] = []
    let created = 0
    let updated = 0
    let unchanged = 0
    const end = Math.min(to, data.length)
    for (let i = from; i < end; i++) {
      const line = i + 2 // spreadsheet line: the header is line 1
      const fail = (code: string, message: string) => errors.push({ row: line, code, message })
      const r = readRow(data[i], header, departments)
      if (!r.ok) {
        fail(r.code, r.message)
        continue
      }
      const first = firstRowOf.get(r.edit.code)!
      if (first !== i) {
        fail('DUPLICATE', `政策编码 ${r.edit.code} 在第 ${first + 2} 行已出现`)
        continue
      }
      const existing = await db
        .selectFrom('policies')
        .select(['id', 'version', 'department_id'])
        .where('code', '=', r.edit.code)
        .forUpdate()
        .executeTakeFirst()
      if (existing && !mayEditPolicy(user, existing)) {
        fail('FORBIDDEN', `无权修改政策 ${r.edit.code}：只有发布部门、社工或管理员可以修改`)
        continue
      }
      if (!existing || existing.department_id !== r.edit.departmentId) {
        const problem = checkIssuingDepartment(user, r.edit.departmentId)
        if (problem) {
          fail('FORBIDDEN', problem)
          continue
        }
      }
      await sql`savepoint policy_row`.execute(db)
      try {
        const saved = await savePolicy(ctx, user.id, r.edit, existing)
        await (dryRun ? sql`rollback to savepoint policy_row` : sql`release savepoint policy_row`).execute(db)
        if (saved.created) created++
        else if (saved.changed) updated++
        else unchanged++
      } catch (e) {
        await sql`rollback to savepoint policy_row`.execute(db)
        if (e instanceof AppError) fail(e.code, e.message)
        else throw e
      }
    }
    // Fresh planner statistics after a bulk change (the embedded database has no autovacuum).
    if (!dryRun && created + updated > 0) {
      ctx.afterCommit(async () => {
        await sql`analyze policies`.execute(await ctx.runtime.database())
      })
    }
    return { rows: data.length, from, to: end, created, updated, unchanged, errors, dryRun }
  },
})
