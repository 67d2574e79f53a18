import { itemEditSchema, type ItemEdit } from '../../../contract/lab'
import { describeZodError } from '../../../contract/zod-zh'

// The catalogue as lab staff keep it in a spreadsheet: one row per test item, Chinese headers.
export const ITEM_COLUMNS = [
  ['code', '项目编号'],
  ['category', '检测类别'],
  ['name', '检测项目'],
  ['standard', '检测标准'],
  ['sampleRequirements', '样品要求'],
  ['turnaroundDays', '检测周期（工作日）'],
  ['marketPrice', '市场价（元）'],
  ['labPrice', '实验室价（元）'],
] as const
type Key = (typeof ITEM_COLUMNS)[number][0]
const REQUIRED: Key[] = ['code', 'category', 'name', 'turnaroundDays', 'marketPrice', 'labPrice']
const bare = (h: string) => h.replace(/[（(].*$/, '').trim()

export function mapHeader(header: string[]) {
  const names = header.map((h) => bare(h.replace(/^\uFEFF/, '')))
  const index = new Map<Key, number>()
  for (const [key, label] of ITEM_COLUMNS) {
    const at = names.findIndex((h) => h === bare(label) || h === key)
    if (at >= 0) index.set(key, at)
  }
  const missing = REQUIRED.filter((k) => !index.has(k)).map((k) => ITEM_COLUMNS.find(([c]) => c === k)![1])
  return { index, missing }
}

const labelOf = (field: string) =>
  ({
    marketPriceCents: '市场价',
    labPriceCents: '实验室价',
    turnaroundDays: '检测周期',
    sampleRequirements: '样品要求',
  })[field] ??
  ITEM_COLUMNS.find(([k]) => k === field)?.[1] ??
  field

/** Yuan in a cell (1,280 / 1280.5 / ¥80) as cents, or why not. */
function cents(s: string, what: string): number | string {
  const t = s.replace(/[,，\s元¥￥]/g, '')
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return `「${what}」应为金额（元），如 1280 或 12.5`
  return Math.round(Number(t) * 100)
}

/** One data row as an item, or the first thing wrong with it in words. */
export function readItemRow(cells: string[], header: ReturnType<typeof mapHeader>): ItemEdit | string {
  const get = (k: Key) => (header.index.has(k) ? (cells[header.index.get(k)!] ?? '').trim() : '')
  const market = cents(get('marketPrice'), '市场价')
  if (typeof market === 'string') return market
  const lab = cents(get('labPrice'), '实验室价')
  if (typeof lab === 'string') return lab
  const days = get('turnaroundDays').replace(/个?工作日|天/g, '')
  if (!/^\d+$/.test(days)) return '「检测周期」应为工作日数（整数）'
  const parsed = itemEditSchema.safeParse({
    code: get('code'),
    name: get('name'),
    category: get('category'),
    standard: get('standard'),
    sampleRequirements: get('sampleRequirements'),
    turnaroundDays: Number(days),
    marketPriceCents: market,
    labPriceCents: lab,
  })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    if (issue.path[0] === 'labPriceCents' && issue.code === 'custom') return issue.message
    return describeZodError(parsed.error).replace(/「(\w+)」/, (_, k) => `「${labelOf(k)}」`)
  }
  return parsed.data
}
