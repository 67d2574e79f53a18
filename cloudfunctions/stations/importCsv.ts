import { sql } from 'kysely'
import { ZodError } from 'zod'
import { stationEditSchema, type StationEdit } from '../../contract/stations'
import { describeZodError } from '../../contract/zod-zh'
import { AppError, refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import type { TxCtx } from '../../server/core/tx'
import { readSheet, SheetError } from '../../server/sheets'
import { parseFacilities, parseHours, parseTier, STATION_COLUMNS, type StationColumn } from './domain/csv'
import { saveStation } from './domain/save'

const MAX_ROWS = 5000

/**
 * Admin: import stations from .xlsx or CSV (created, or updated by code; read by server/sheets.ts). Each bad row is reported with
 * its line number and changes nothing; good rows are saved. `dryRun` checks without saving.
 */
export const importCsv = handler('stations', 'importCsv', {
  access: ['admin'],
  // The community codes rows may name; parsing and checking the file is CPU work, done in finish.
  run: async ({ db }) => db.selectFrom('communities').select(['id', 'code']).execute(),
  async finish(communityRows, { transaction }, { file, dryRun }) {
    let table: string[][]
    try {
      table = await readSheet(file.name, file.base64)
    } catch (e) {
      return refuse('BAD_REQUEST', e instanceof SheetError ? e.message : '无法读取文件')
    }
    if (table.length < 2) refuse('BAD_REQUEST', '表格至少需要表头和一行数据')
    if (table.length - 1 > MAX_ROWS) refuse('BAD_REQUEST', `一次最多导入 ${MAX_ROWS} 行`)
    const header = table[0]
    const index = new Map<StationColumn, number>()
    for (const [key, label] of STATION_COLUMNS) {
      const at = header.findIndex((h) => h === label || h === key)
      if (at >= 0) index.set(key, at)
    }
    const missing = (['code', 'name', 'tier', 'community', 'address', 'lng', 'lat'] as StationColumn[]).filter(
      (k) => !index.has(k),
    )
    if (missing.length) {
      const labels = missing.map((k) => STATION_COLUMNS.find(([c]) => c === k)![1])
      refuse('BAD_REQUEST', `表格缺少列：${labels.join('、')}`)
    }

    const communities = new Map(communityRows.map((c) => [c.code, c.id]))
    const errors: { row: number; message: string }[] = []
    const good: { line: number; station: StationEdit }[] = []
    const seen = new Set<string>()

    for (let i = 1; i < table.length; i++) {
      const line = i + 1 // spreadsheet line number (header is line 1)
      const get = (k: StationColumn) => (index.has(k) ? (table[i][index.get(k)!] ?? '') : '')
      const fail = (message: string) => errors.push({ row: line, message })
      const code = get('code')
      if (seen.has(code)) {
        fail(`站点编码 ${code} 在文件中重复`)
        continue
      }
      seen.add(code)
      const tier = parseTier(get('tier'))
      if (!tier) {
        fail(`类型“${get('tier')}”无效`)
        continue
      }
      const communityId = communities.get(get('community'))
      if (!communityId) {
        fail(`社区编码“${get('community')}”不存在`)
        continue
      }
      const { facilities, unknown } = parseFacilities(get('facilities'))
      if (unknown.length) {
        fail(`未知设施：${unknown.join('、')}`)
        continue
      }
      const hours = parseHours(get('hours'))
      if (typeof hours === 'string') {
        fail(hours)
        continue
      }
      const lng = Number(get('lng'))
      const lat = Number(get('lat'))
      if (!get('lng') || !get('lat') || !Number.isFinite(lng) || !Number.isFinite(lat)) {
        fail('经纬度必须是数字')
        continue
      }
      const row = stationEditSchema.safeParse({
        code,
        name: get('name'),
        tier,
        communityId,
        operator: get('operator'),
        address: get('address'),
        phone: get('phone'),
        lng,
        lat,
        open24h: ['是', 'true', '1', 'y', 'yes'].includes(get('open24h').toLowerCase()),
        hours,
        facilities,
        riderOffers: get('riderOffers'),
        afterHoursEntry: get('afterHoursEntry'),
      } satisfies StationEdit)
      if (!row.success) fail(describeZodError(row.error))
      else good.push({ line, station: row.data })
    }

    // Only the database work in the transaction: each checked row saved in its own savepoint.
    const saved = await transaction(async (ctx) => {
      const out = { created: 0, updated: 0, errors: [] as typeof errors }
      for (const { line, station } of good) {
        try {
          if ((await saveRow(ctx, station, dryRun)).created) out.created++
          else out.updated++
        } catch (e) {
          if (e instanceof ZodError) out.errors.push({ row: line, message: describeZodError(e) })
          else if (e instanceof AppError) out.errors.push({ row: line, message: e.message })
          else throw e
        }
      }
      return out
    })
    return {
      rows: table.length - 1,
      created: saved.created,
      updated: saved.updated,
      errors: [...errors, ...saved.errors].sort((a, b) => a.row - b.row),
      dryRun,
    }
  },
})

/** Each row in its own savepoint: a row that fails midway leaves nothing behind. */
async function saveRow(ctx: TxCtx, station: StationEdit, dryRun: boolean) {
  const { db } = ctx
  await sql`savepoint csv_row`.execute(db)
  try {
    const r = await saveStation(ctx, station, 'by-code')
    await (dryRun ? sql`rollback to savepoint csv_row` : sql`release savepoint csv_row`).execute(db)
    return r
  } catch (e) {
    await sql`rollback to savepoint csv_row`.execute(db)
    throw e
  }
}
