import { SHEET_MIME, sheetBase64, type Cell } from '../../../server/sheets'

// Spreadsheets in and out, as staff keep them: .xlsx (Excel, WPS) and CSV (UTF-8 with BOM so
// Excel reads the Chinese); written by server/sheets.ts (formulas made inert). Parsing and
// building are CPU work: call these outside a transaction where the caller can.

export type { Cell }

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
