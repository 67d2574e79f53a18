import ExcelJS from 'exceljs'
import { sql } from 'kysely'
import Papa from 'papaparse'
import { main as policies } from '../../cloudfunctions/policies/index'
import { main as user } from '../../cloudfunctions/user/index'
import type { Runtime } from '../../server/core/runtime'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'

const NOW = new Date('2026-11-23T10:00:00+08:00')

// Reading and writing spreadsheets is CPU work: it must run with the database free (on PGlite a
// transaction held during it stalls every other call). The probe asks, when exceljs starts.
const probe = {
  runtime: null as Runtime | null,
  seen: [] as boolean[],
  async check() {
    if (!probe.runtime) return
    const db = await probe.runtime.database()
    probe.seen.push(
      await Promise.race([
        sql`select 1`.execute(db).then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1500)),
      ]),
    )
  },
}
jest.mock('exceljs', () => {
  const real = jest.requireActual('exceljs')
  class Workbook extends real.Workbook {
    constructor() {
      super()
      const { load, writeBuffer } = this.xlsx
      this.xlsx.load = async (...a: unknown[]) => (await probe.check(), load.apply(this.xlsx, a))
      this.xlsx.writeBuffer = async (...a: unknown[]) => (await probe.check(), writeBuffer.apply(this.xlsx, a))
    }
  }
  return { __esModule: true, ...real, Workbook, default: { ...real, Workbook } }
})

const HEADER = [
  '政策编码',
  '标题',
  '类别',
  '专题',
  '地区',
  '发布单位',
  '部门编码',
  '政策摘要',
  '待遇类型',
  '最低金额（元）',
  '最高金额（元）',
  '待遇说明',
  '申请条件（JSON）',
  '所需材料',
  '受理开始',
  '受理截止',
]
const row = (code: string, over: Partial<Record<(typeof HEADER)[number], string>> = {}) => {
  const base: Record<string, string> = {
    政策编码: code,
    标题: `导入政策 ${code}`,
    类别: '创业扶持',
    专题: '创业补贴',
    地区: '北仑区',
    发布单位: '北仑区人力资源和社会保障局',
    部门编码: 'BL-RSJ',
    政策摘要: '从表格导入的一条政策，用于测试导入。',
    待遇类型: '补贴奖励',
    '最低金额（元）': '',
    '最高金额（元）': '10,000',
    待遇说明: '一次性补贴 1 万元',
    '申请条件（JSON）': '{"all":[{"fact":"age","op":"lte","value":35}]}',
    所需材料: '身份证|营业执照',
    受理开始: '2026/11/1',
    受理截止: '2026-12-31',
    ...over,
  }
  return HEADER.map((h) => base[h])
}
/** GB18030 bytes of a text (ASCII and the two-byte GBK range: enough for these tables), by decoding every pair. */
function gb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030')
  const table = new Map<string, number[]>()
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) table.set(decoder.decode(Uint8Array.of(a, b)), [a, b])
  const out: number[] = []
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0))
    else if (table.has(ch)) out.push(...table.get(ch)!)
    else throw new Error(`no GBK bytes for ${ch}`)
  }
  return Buffer.from(out)
}

/** A CSV file as the page sends it: its bytes (UTF-8 with BOM, as Excel saves "CSV UTF-8") in base64. */
const bytes = (text: string, encoding: 'utf8' | 'gb18030' = 'utf8') =>
  (encoding === 'utf8' ? Buffer.from(text, 'utf8') : gb18030(text)).toString('base64')
const csv = (rows: string[][]) => bytes(`\uFEFF${Papa.unparse([HEADER, ...rows])}`)

describeEachDatabase('policies: spreadsheet import and export', (ctx) => {
  const { demoToken, invoke, invokeOk } = ctx
  withDemoContent(ctx)
  let staff: string
  const codes = async (prefix: string) =>
    (
      await ctx.db.selectFrom('policies').select('code').where('code', 'like', `${prefix}%`).orderBy('code').execute()
    ).map((r) => r.code)

  beforeAll(async () => {
    ctx.setNow(NOW)
    staff = await demoToken(user, 'social_worker')
  })
  afterAll(() => ctx.setNow(null))

  test('CSV: good rows are saved, each bad row is reported with its line and writes nothing', async () => {
    const file = csv([
      row('IMP-1'),
      row('IMP-2', { 类别: '住房' }),
      row('IMP-3', { '申请条件（JSON）': '{"all":[{"fact":"age","op":"lte"' }),
      row('IMP-4', { 受理开始: '2026-12-01', 受理截止: '2026-11-30' }),
      row('IMP-1', { 标题: '重复的编码' }),
      row('IMP-5', { 专题: '人才贷', 待遇类型: '贷款额度', '最高金额（元）': '500000' }),
      row('IMP-6', { 部门编码: 'NO-SUCH' }),
      row('IMP-7', { '最高金额（元）': '一万' }),
    ])
    const r = await invokeOk(policies, 'importPolicies', { format: 'csv', file }, staff)
    expect(r).toMatchObject({ rows: 8, from: 0, to: 8, created: 2, updated: 0, unchanged: 0, dryRun: false })
    expect(r.errors).toEqual([
      { row: 3, code: 'UNKNOWN_CATEGORY', message: '类别“住房”不存在，可选：就业支持、创业扶持、安居保障、产业人才' },
      { row: 4, code: 'BAD_CONDITION', message: '申请条件无法解析：不是有效的 JSON（请检查括号、引号和逗号）' },
      { row: 5, code: 'BAD_WINDOW', message: '受理截止日期（2026-11-30）不能早于开始日期（2026-12-01）' },
      { row: 6, code: 'DUPLICATE', message: '政策编码 IMP-1 在第 2 行已出现' },
      { row: 8, code: 'UNKNOWN_DEPARTMENT', message: '部门编码“NO-SUCH”不存在' },
      { row: 9, code: 'INVALID', message: '金额应为数字（元）' },
    ])
    expect(await codes('IMP-')).toEqual(['IMP-1', 'IMP-5'])
    const imported = await ctx.db
      .selectFrom('policies')
      .select(['title', 'materials', 'benefit_max', 'created_by'])
      .select((eb) => eb.cast<string>('opens_on', 'text').as('opens_on'))
      .where('code', '=', 'IMP-1')
      .executeTakeFirstOrThrow()
    expect(imported).toMatchObject({
      title: '导入政策 IMP-1',
      materials: ['身份证', '营业执照'],
      benefit_max: 10000,
      opens_on: '2026-11-01',
    })

    // The same file again: known codes are unchanged (no new version); a changed row is a new version.
    const again = await invokeOk(
      policies,
      'importPolicies',
      {
        format: 'csv',
        file: csv([row('IMP-1'), row('IMP-5', { 专题: '人才贷', 待遇类型: '贷款额度', '最高金额（元）': '800000' })]),
      },
      staff,
    )
    expect(again).toMatchObject({ created: 0, updated: 1, unchanged: 1, errors: [] })
    const versions = await ctx.db
      .selectFrom('policy_versions as v')
      .innerJoin('policies as p', 'p.id', 'v.policy_id')
      .select(['p.code', 'v.version'])
      .where('p.code', 'in', ['IMP-1', 'IMP-5'])
      .orderBy('p.code')
      .orderBy('v.version')
      .execute()
    expect(versions.map((v) => `${v.code}:${v.version}`)).toEqual(['IMP-1:1', 'IMP-5:1', 'IMP-5:2'])
  })

  test('CSV saved by Excel on Chinese Windows (GB18030, no BOM) reads the same', async () => {
    const file = bytes(Papa.unparse([HEADER, row('GBK-1', { 标题: '青年人才安居补贴（GBK 文件）' })]), 'gb18030')
    expect(Buffer.from(file, 'base64').toString('utf8')).not.toContain('安居')
    const r = await invokeOk(policies, 'importPolicies', { format: 'csv', file, dryRun: true }, staff)
    expect(r).toMatchObject({ rows: 1, created: 1, errors: [] })
    expect(await codes('GBK-')).toEqual([])
  })

  test('xlsx: read with exceljs, real dates included; slices of rows for progress; a dry run writes nothing', async () => {
    const wb = new ExcelJS.Workbook()
    const sheet = wb.addWorksheet('政策')
    sheet.addRow(HEADER)
    for (let i = 1; i <= 5; i++) {
      const cells: (string | Date)[] = row(`XL-${i}`)
      cells[HEADER.indexOf('受理截止')] = new Date('2027-01-15T00:00:00Z') // an Excel date cell
      sheet.addRow(cells)
    }
    sheet.addRow(row('XL-BAD', { 地区: '火星' }))
    const file = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64')

    const dry = await invokeOk(policies, 'importPolicies', { format: 'xlsx', file, dryRun: true }, staff)
    expect(dry).toMatchObject({ rows: 6, created: 5, dryRun: true })
    expect(dry.errors).toEqual([
      { row: 7, code: 'UNKNOWN_REGION', message: expect.stringContaining('地区“火星”不存在') },
    ])
    expect(await codes('XL-')).toEqual([])

    const first = await invokeOk(policies, 'importPolicies', { format: 'xlsx', file, from: 0, to: 3 }, staff)
    expect(first).toMatchObject({ rows: 6, from: 0, to: 3, created: 3, errors: [] })
    const rest = await invokeOk(policies, 'importPolicies', { format: 'xlsx', file, from: 3, to: 100 }, staff)
    expect(rest).toMatchObject({ from: 3, to: 6, created: 2, errors: [{ row: 7, code: 'UNKNOWN_REGION' }] })
    expect(await codes('XL-')).toEqual(['XL-1', 'XL-2', 'XL-3', 'XL-4', 'XL-5'])
    const d = await ctx.db
      .selectFrom('policies')
      .select((eb) => eb.cast<string>('closes_on', 'text').as('closes_on'))
      .where('code', '=', 'XL-1')
      .executeTakeFirstOrThrow()
    expect(d.closes_on).toBe('2027-01-15')
  })

  test('unreadable files, missing columns and a department importing for another are refused', async () => {
    expect(await invoke(policies, 'importPolicies', { format: 'xlsx', file: 'bm90IGFuIHhsc3g=' }, staff)).toMatchObject(
      {
        ok: false,
        code: 'BAD_REQUEST',
        message: expect.stringContaining('无法读取这个 .xlsx 文件'),
      },
    )
    const noTitle = Papa.unparse([
      ['政策编码', '类别'],
      ['A-1', '就业支持'],
    ])
    expect(await invoke(policies, 'importPolicies', { format: 'csv', file: bytes(noTitle) }, staff)).toMatchObject({
      ok: false,
      message: expect.stringContaining('表格缺少列：标题'),
    })
    const dept = await demoToken(user, 'department') // a member of BL-RSJ
    const r = await invokeOk(
      policies,
      'importPolicies',
      { format: 'csv', file: csv([row('DEP-1'), row('DEP-2', { 部门编码: 'BL-KJJ' })]) },
      dept,
    )
    expect(r.created).toBe(1)
    expect(r.errors).toEqual([{ row: 3, code: 'FORBIDDEN', message: expect.stringContaining('本部门') }])
    const worker = await demoToken(user, 'worker')
    expect(await invoke(policies, 'importPolicies', { format: 'csv', file: csv([row('W-1')]) }, worker)).toMatchObject({
      code: 'FORBIDDEN',
    })
  })

  test('export: every policy in force, in the import’s columns, reads back as unchanged', async () => {
    const out = await invokeOk(policies, 'exportPolicies', { format: 'csv' }, staff)
    expect(out.filename).toMatch(/^政策汇编-\d{8}\.csv$/)
    const text = Buffer.from(out.base64, 'base64').toString('utf8')
    expect(text.startsWith('\uFEFF政策编码,标题,类别')).toBe(true)
    expect(text).toContain('人才贷合伙人项目')
    expect(out.rows).toBeGreaterThanOrEqual(60)
    const back = await invokeOk(policies, 'importPolicies', { format: 'csv', file: out.base64, dryRun: true }, staff)
    expect(back).toMatchObject({ errors: [], created: 0, updated: 0, unchanged: out.rows })

    const xlsx = await invokeOk(policies, 'exportPolicies', { format: 'xlsx' }, staff)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer)
    expect(wb.worksheets[0].rowCount).toBe(out.rows + 1)
  })

  test('spreadsheets are read and written with the database free (PGlite: one session)', async () => {
    if (ctx.label !== 'pglite') return
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('政策').addRows([HEADER, row('FREE-1')])
    const file = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64')
    probe.runtime = ctx.runtime
    probe.seen = []
    try {
      await invokeOk(policies, 'importPolicies', { format: 'xlsx', file }, staff)
      await invokeOk(policies, 'exportPolicies', { format: 'xlsx' }, staff)
    } finally {
      probe.runtime = null
    }
    expect(probe.seen).toEqual([true, true])
  })
})
