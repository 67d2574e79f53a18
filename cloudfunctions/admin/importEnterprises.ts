import { sql } from 'kysely'
import { enterpriseEditSchema } from '../../contract/admin'
import { describeZodError } from '../../contract/zod-zh'
import { AppError, refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import type { TxCtx } from '../../server/core/tx'
import { normalizeCreditCode } from '../../server/people/credit-code'
import { communityReach, inReach, type Reach } from './domain/access'
import {
  ENTERPRISE_COLUMNS,
  saveEnterpriseRecord,
  type EnterpriseColumn,
  type EnterpriseFields,
} from './domain/enterprises'
import { readSheet, SheetError } from '../../server/sheets'

const MAX_ROWS = 5000
const REQUIRED: EnterpriseColumn[] = ['name', 'creditCode', 'community']

/**
 * Enterprises from .xlsx or CSV, `limit` rows from `offset` per call (the page loops and shows
 * progress). Each row is checked and saved in its own savepoint: a bad row is reported with its
 * line number and leaves nothing behind; good rows are created, or updated by credit code.
 * Reading and checking the file runs in finish (no transaction held); the good rows are saved by
 * a short transaction of their own.
 * `dryRun` checks every row and saves none. A 社工 imports only into their own community.
 */
export const importEnterprises = handler('admin', 'importEnterprises', {
  access: communityReach('communityId'),
  // The reach and the names rows may use; reading and checking the file is CPU work, done in finish.
  async run({ db, target: reach }) {
    return {
      reach,
      communities: await db.selectFrom('communities').select(['id', 'code', 'name']).execute(),
      grids: await db.selectFrom('grids').select(['id', 'community_id', 'name']).execute(),
    }
  },
  async finish({ reach, communities, grids }, { user, transaction }, { file, dryRun, offset, limit }) {
    let table: string[][]
    try {
      table = await readSheet(file.name, file.base64)
    } catch (e) {
      if (e instanceof SheetError) return refuse('BAD_REQUEST', e.message)
      throw e
    }
    if (table.length < 2) refuse('BAD_REQUEST', '表格至少需要表头和一行数据')
    if (table.length - 1 > MAX_ROWS) refuse('BAD_REQUEST', `一次最多导入 ${MAX_ROWS} 行`)
    const header = table[0]
    const index = new Map<EnterpriseColumn, number>()
    for (const [key, label] of ENTERPRISE_COLUMNS) {
      const at = header.findIndex((h) => h === label || h === key)
      if (at >= 0) index.set(key, at)
    }
    const missing = REQUIRED.filter((k) => !index.has(k))
    if (missing.length) {
      refuse(
        'BAD_REQUEST',
        `表格缺少列：${missing.map((k) => ENTERPRISE_COLUMNS.find(([c]) => c === k)![1]).join('、')}`,
      )
    }
    const cell = (row: string[], k: EnterpriseColumn) => (index.has(k) ? (row[index.get(k)!] ?? '').trim() : '')
    const communityOf = (v: string) => communities.find((c) => c.code === v.toUpperCase() || c.name === v)
    // Where each credit code first appears, so a repeat is reported the same in every part.
    const firstLine = new Map<string, number>()
    table.slice(1).forEach((r, i) => {
      const code = normalizeCreditCode(cell(r, 'creditCode'))
      if (code && !firstLine.has(code)) firstLine.set(code, i + 2)
    })

    const totalRows = table.length - 1
    const end = Math.min(totalRows, offset + limit)
    const errors: { row: number; message: string }[] = []
    const good: { line: number; fields: EnterpriseFields }[] = []
    for (let i = offset; i < end; i++) {
      const row = table[i + 1]
      const line = i + 2 // spreadsheet line (header is line 1)
      const fail = (message: string) => errors.push({ row: line, message })
      const code = normalizeCreditCode(cell(row, 'creditCode'))
      if (code && firstLine.get(code) !== line) {
        fail(`统一社会信用代码与第 ${firstLine.get(code)} 行重复`)
        continue
      }
      const community = communityOf(cell(row, 'community'))
      if (!community) {
        fail(`社区“${cell(row, 'community')}”不存在（填社区编码，如 BL-LINGFENG）`)
        continue
      }
      if (!inReach(reach, community.id)) {
        fail(`无权导入其他社区（${community.name}）的企业`)
        continue
      }
      const gridName = cell(row, 'grid')
      const grid = gridName ? grids.find((g) => g.community_id === community.id && g.name === gridName) : undefined
      if (gridName && !grid) {
        fail(`${community.name}没有“${gridName}”`)
        continue
      }
      const headcountText = cell(row, 'headcount')
      const parsed = enterpriseEditSchema.safeParse({
        name: cell(row, 'name'),
        creditCode: cell(row, 'creditCode'),
        communityId: community.id,
        gridId: grid?.id ?? null,
        address: cell(row, 'address'),
        industry: cell(row, 'industry'),
        headcount: headcountText === '' ? null : Number(headcountText),
        contactName: cell(row, 'contactName'),
        contactPhone: cell(row, 'contactPhone').replace(/[\s-]/g, ''),
      })
      if (!parsed.success) {
        fail(describeZodError(parsed.error).replace(/「(\w+)」/, (_, k) => `「${columnLabel(k)}」`))
        continue
      }
      const { id: _id, ...fields } = parsed.data
      good.push({ line, fields })
    }

    let created = 0
    let updated = 0
    if (good.length) {
      await transaction(async (tx) => {
        for (const { line, fields } of good) {
          try {
            const r = await saveRow({ ...tx, user }, reach, fields, dryRun)
            if (r.created) created++
            else updated++
          } catch (e) {
            if (e instanceof AppError) errors.push({ row: line, message: e.message })
            else throw e
          }
        }
      })
    }
    errors.sort((a, b) => a.row - b.row)
    return {
      totalRows,
      processed: end - offset,
      created,
      updated,
      errors,
      nextOffset: end < totalRows ? end : null,
      dryRun,
    }
  },
})

const columnLabel = (key: string) => ENTERPRISE_COLUMNS.find(([k]) => k === key)?.[1] ?? key

/** One row in its own savepoint: a row that fails midway (or a dry run) leaves nothing behind. */
async function saveRow(ctx: TxCtx & { user: { id: number } }, reach: Reach, fields: EnterpriseFields, dryRun: boolean) {
  const { db } = ctx
  await sql`savepoint enterprise_row`.execute(db)
  try {
    const existing = await db
      .selectFrom('enterprises')
      .selectAll()
      .where('credit_code', '=', normalizeCreditCode(fields.creditCode))
      .forUpdate()
      .executeTakeFirst()
    if (existing && !inReach(reach, existing.community_id)) {
      refuse('FORBIDDEN', '该企业已登记在其他社区，无权修改')
    }
    const r = await saveEnterpriseRecord(ctx, fields, existing)
    await (dryRun ? sql`rollback to savepoint enterprise_row` : sql`release savepoint enterprise_row`).execute(db)
    return r
  } catch (e) {
    await sql`rollback to savepoint enterprise_row`.execute(db)
    throw e
  }
}
