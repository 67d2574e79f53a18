import type ExcelJS from 'exceljs'
// exceljs (~1 MB with its dependencies) is loaded when a workbook is read or written, not on the
// function's cold start (scripts/build-functions.ts).
import Papa from 'papaparse'

// Spreadsheets in and out, as staff keep them: .xlsx (Excel, WPS) and CSV (UTF-8 with BOM so
// Excel reads the Chinese). Parsing and building are CPU work: call these outside a transaction
// where the caller can.

export type Cell = string | number | null

/** The first sheet of an .xlsx, or a CSV, as rows of trimmed text (empty rows dropped). */
export async function readSheet(name: string, base64: string): Promise<string[][]> {
  const bytes = Buffer.from(base64, 'base64')
  let rows: string[][]
  if (/\.xlsx$/i.test(name)) {
    const { default: ExcelJS } = await import('exceljs')
    const book = new ExcelJS.Workbook()
    try {
      await book.xlsx.load(bytes as unknown as ArrayBuffer)
    } catch {
      throw new SheetError('无法读取该 .xlsx 文件，请用 Excel 或 WPS 另存为 .xlsx 后重试')
    }
    const sheet = book.worksheets[0]
    if (!sheet) throw new SheetError('表格里没有工作表')
    rows = []
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const values = (row.values as ExcelJS.CellValue[]).slice(1)
      rows.push(values.map(cellText))
    })
  } else {
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '')
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' })
    rows = parsed.data
  }
  return rows.map((r) => r.map((c) => (c ?? '').trim())).filter((r) => r.some((c) => c !== ''))
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return ''
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('')
    if ('text' in v) return String(v.text)
    if ('result' in v) return v.result === undefined ? '' : String(v.result)
    return ''
  }
  return String(v)
}

export class SheetError extends Error {}

// A cell starting with = + - @ would run as a formula when the file is opened (CSV injection).
const inert = (v: Cell) => {
  const s = v === null ? '' : String(v)
  return /^[=+\-@]/.test(s) ? `'${s}` : s
}

/** A sheet as CSV text: header, rows, BOM, CRLF. */
export function toCsv(header: string[], rows: Cell[][]): string {
  return '\uFEFF' + Papa.unparse([header, ...rows.map((r) => r.map(inert))], { newline: '\r\n' }) + '\r\n'
}

/** A sheet as .xlsx bytes (base64): a bold header row, columns sized to their content. */
export async function toXlsx(sheetName: string, header: string[], rows: Cell[][]): Promise<string> {
  const { default: ExcelJS } = await import('exceljs')
  const book = new ExcelJS.Workbook()
  book.creator = '链社'
  const sheet = book.addWorksheet(sheetName)
  sheet.addRow(header).font = { bold: true }
  for (const r of rows) sheet.addRow(r.map((c) => (c === null ? '' : c)))
  sheet.columns.forEach((col, i) => {
    const longest = Math.max(header[i].length * 2, ...rows.slice(0, 200).map((r) => String(r[i] ?? '').length))
    col.width = Math.min(60, Math.max(8, longest + 2))
  })
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64')
}

export const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
} as const

/** A sheet in the format asked, as the contract's export answer. */
export async function exportSheet(
  format: 'xlsx' | 'csv',
  basename: string,
  sheetName: string,
  header: string[],
  rows: Cell[][],
) {
  const base64 =
    format === 'xlsx'
      ? await toXlsx(sheetName, header, rows)
      : Buffer.from(toCsv(header, rows), 'utf8').toString('base64')
  return { filename: `${basename}.${format}`, base64, mime: MIME[format], rows: rows.length }
}
