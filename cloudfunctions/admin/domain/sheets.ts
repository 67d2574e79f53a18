import type ExcelJS from 'exceljs'
// exceljs (~1 MB with its dependencies) is loaded when a workbook is read or written, not on the
// function's cold start (scripts/build-functions.ts).
import Papa from 'papaparse'
import { restoreInert, SHEET_MIME, sheetBase64, type Cell } from '../../../server/sheets'

// Spreadsheets in and out, as staff keep them: .xlsx (Excel, WPS) and CSV (UTF-8 with BOM so
// Excel reads the Chinese); written by server/sheets.ts (formulas made inert). Parsing and
// building are CPU work: call these outside a transaction where the caller can.

export type { Cell }

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
  return rows.map((r) => r.map((c) => restoreInert((c ?? '').trim()))).filter((r) => r.some((c) => c !== ''))
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

/** A sheet in the format asked, as the contract's export answer (built by server/sheets.ts). */
export async function exportSheet(
  format: 'xlsx' | 'csv',
  basename: string,
  sheetName: string,
  header: string[],
  rows: Cell[][],
) {
  const base64 = await sheetBase64(format, { name: sheetName, header, rows })
  return { filename: `${basename}.${format}`, base64, mime: SHEET_MIME[format], rows: rows.length }
}
