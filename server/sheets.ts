import Papa from 'papaparse'

// Every spreadsheet the app reads (readTable/readSheet: .xlsx or CSV imports) and writes (CSV and .xlsx exports of every feature) is built here, so
// formula neutralisation cannot be forgotten by a new exporter: a text cell that a spreadsheet
// would run as a formula (CSV injection: = + - @, a leading tab or CR, their full-width forms,
// after any spaces) is written with a leading apostrophe, shown as text by Excel, WPS and
// LibreOffice. tests/server/trust.test.ts fails when a file outside this one writes a sheet.
// Building is CPU work: call these in a handler's `finish`, never inside a transaction.

export type Cell = string | number | null

/** One sheet: its name (an .xlsx tab, or a CSV section's title), header row and rows. */
export interface Sheet {
  name: string
  header: readonly string[]
  rows: readonly (readonly Cell[])[]
  /** Column widths in characters (.xlsx); sized to the content when absent. */
  widths?: readonly number[]
  /** Keep the header in view while scrolling (.xlsx). */
  freezeHeader?: boolean
}

const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@＝＋－＠])/

/** A cell as written: numbers as they are, text that would run as a formula made inert. */
export function inert(v: Cell): string | number {
  if (v === null) return ''
  if (typeof v === 'number') return v
  return FORMULA_START.test(v) ? `'${v}` : v
}

/** A cell read back from a sheet this app wrote: the apostrophe that made a formula inert is dropped. */
export const restoreInert = (v: string) => (/^'/.test(v) && FORMULA_START.test(v.slice(1)) ? v.slice(1) : v)

/**
 * CSV text: UTF-8 with a BOM (Excel opens it as Chinese), CRLF. Several sheets are written one
 * after another, each under its name and followed by an empty line.
 */
export function csvText(sheets: Sheet | readonly Sheet[]): string {
  const list = Array.isArray(sheets) ? (sheets as readonly Sheet[]) : [sheets as Sheet]
  const table = (s: Sheet) => [s.header, ...s.rows].map((r) => r.map(inert))
  const body =
    list.length === 1
      ? Papa.unparse(table(list[0]), { newline: '\r\n' })
      : list.map((s) => Papa.unparse([[inert(s.name)], ...table(s)], { newline: '\r\n' }) + '\r\n').join('\r\n')
  return `\uFEFF${body}\r\n`
}

/** An .xlsx workbook, one tab per sheet: a bold header row, columns sized. */
export async function xlsxBuffer(sheets: Sheet | readonly Sheet[]): Promise<Buffer> {
  const list = Array.isArray(sheets) ? (sheets as readonly Sheet[]) : [sheets as Sheet]
  // exceljs (~1 MB with its dependencies) loads when a workbook is written, not on a function's
  // cold start (scripts/build-functions.ts).
  const { default: ExcelJS } = await import('exceljs')
  const book = new ExcelJS.Workbook()
  book.creator = '链社'
  for (const s of list) {
    const sheet = book.addWorksheet(s.name.slice(0, 31))
    sheet.addRow(s.header.map(inert)).font = { bold: true }
    for (const r of s.rows) sheet.addRow(r.map(inert))
    sheet.columns.forEach((col, i) => {
      const longest = Math.max(
        (s.header[i] ?? '').length * 2,
        ...s.rows.slice(0, 200).map((r) => String(r[i] ?? '').length),
      )
      col.width = s.widths?.[i] ?? Math.min(60, Math.max(8, longest + 2))
    })
    if (s.freezeHeader) sheet.views = [{ state: 'frozen', ySplit: 1 }]
  }
  return Buffer.from(await book.xlsx.writeBuffer())
}

export const SHEET_MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
} as const

/** Sheets in the format asked, as base64 (what the export actions answer). */
export async function sheetBase64(format: 'xlsx' | 'csv', sheets: Sheet | readonly Sheet[]): Promise<string> {
  return format === 'xlsx'
    ? (await xlsxBuffer(sheets)).toString('base64')
    : Buffer.from(csvText(sheets), 'utf8').toString('base64')
}

/** A CSV file's text: UTF-8 (with or without BOM), else GB18030 — what Excel saves on Chinese Windows. */
function csvFileText(bytes: Buffer): string {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    text = new TextDecoder('gb18030').decode(bytes)
  }
  return text.replace(/^\uFEFF/, '')
}

/**
 * A spreadsheet people send (the first sheet of an .xlsx, or a CSV) as rows of trimmed text, header
 * first, empty rows dropped, the apostrophe that made a formula inert dropped again. Throws an
 * Error in Chinese when the file cannot be read. CPU work: call it in `finish`.
 */
export async function readTable(format: 'xlsx' | 'csv', base64: string): Promise<string[][]> {
  const bytes = Buffer.from(base64, 'base64')
  let rows: string[][]
  if (format === 'csv') {
    rows = Papa.parse<string[]>(csvFileText(bytes), { skipEmptyLines: 'greedy' }).data.map((r) =>
      r.map((c) => String(c ?? '')),
    )
  } else {
    const { default: ExcelJS } = await import('exceljs')
    const book = new ExcelJS.Workbook()
    try {
      await book.xlsx.load(bytes as unknown as ArrayBuffer)
    } catch {
      throw new Error('无法读取这个 .xlsx 文件，请确认是 Excel 工作簿（不是 .xls 或改了扩展名的文件）')
    }
    const sheet = book.worksheets[0]
    rows = []
    sheet?.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = []
      for (let i = 1; i <= row.cellCount; i++) {
        const v = row.getCell(i).value as unknown
        let t = ''
        if (v instanceof Date) t = v.toISOString().slice(0, 10)
        else if (v && typeof v === 'object') {
          const o = v as { result?: unknown; richText?: { text: string }[]; text?: unknown }
          // A formula's value; a date one as the date (Excel dates are whole days at UTC midnight).
          if ('result' in o) t = o.result instanceof Date ? o.result.toISOString().slice(0, 10) : String(o.result ?? '')
          else if (o.richText) t = o.richText.map((x) => x.text).join('')
          else if ('text' in o) t = String(o.text)
        } else if (v !== null && v !== undefined) t = String(v)
        cells.push(t)
      }
      rows.push(cells)
    })
  }
  return rows.map((r) => r.map((c) => restoreInert(c.trim()))).filter((r) => r.some((c) => c !== ''))
}

/** A reader's refusal, in Chinese (the file could not be read as a table). */
export class SheetError extends Error {}

/** The same table by file name (.xlsx, else CSV); refusals as SheetError. */
export async function readSheet(name: string, base64: string): Promise<string[][]> {
  try {
    return await readTable(/\.xlsx$/i.test(name) ? 'xlsx' : 'csv', base64)
  } catch (e) {
    throw new SheetError(e instanceof Error ? e.message : String(e))
  }
}
