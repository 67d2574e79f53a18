import { refuse } from '../../../server/core/app-error'
import { readSheet, SHEET_MIME, sheetBase64, SheetError, type Cell } from '../../../server/sheets'

// 全链共享's spreadsheets through server/sheets.ts (the one module): reading an import's rows and
// building an export's answer. CPU work: call from a handler's finish, never in a transaction.

/** The rows of an uploaded .xlsx/CSV (header first); an unreadable file is refused in words. */
export async function rowsOf(file: { name: string; base64: string }, maxRows: number): Promise<string[][]> {
  let table: string[][]
  try {
    table = await readSheet(file.name, file.base64)
  } catch (e) {
    if (e instanceof SheetError) return refuse('BAD_REQUEST', e.message)
    throw e
  }
  if (table.length < 2) refuse('BAD_REQUEST', '表格至少需要表头和一行数据')
  if (table.length - 1 > maxRows) refuse('BAD_REQUEST', `一次最多导入 ${maxRows} 行`)
  return table
}

/** Where each wanted column is in the header (by any of its names); missing ones refused in words. */
export function columnsOf<K extends string>(
  header: string[],
  columns: Record<K, readonly string[]>,
): Record<K, number> {
  const out = {} as Record<K, number>
  const missing: string[] = []
  for (const [key, names] of Object.entries(columns) as [K, readonly string[]][]) {
    const at = header.findIndex((h) => names.includes(h.trim()))
    if (at < 0) missing.push(names[0])
    else out[key] = at
  }
  if (missing.length) refuse('BAD_REQUEST', `表格缺少列：${missing.join('、')}`)
  return out
}

export async function exportAnswer(
  format: 'xlsx' | 'csv',
  basename: string,
  sheet: string,
  header: string[],
  rows: Cell[][],
) {
  const base64 = await sheetBase64(format, { name: sheet, header, rows, freezeHeader: true })
  return { filename: `${basename}.${format}`, base64, mime: SHEET_MIME[format], rows: rows.length }
}
