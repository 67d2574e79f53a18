import { sheetBase64 } from '../../../server/sheets'
import {
  BENEFIT_KINDS,
  describePolicyIssue,
  POLICY_CATEGORIES,
  POLICY_TOPICS,
  policyEditSchema,
  type PolicyEdit,
} from '../../../contract/policies'
import { PLACES } from '../../../contract/policy-rules'

// Policies as staff keep them in spreadsheets: one row per policy, Chinese headers. Files are read
// and written by server/sheets.ts (readTable: cells trimmed, inert formulas restored); here each
// row of its table becomes a PolicyEdit or a reason in words.

export const COLUMNS = [
  ['code', '政策编码'],
  ['title', '标题'],
  ['category', '类别'],
  ['topic', '专题'],
  ['region', '地区'],
  ['issuer', '发布单位'],
  ['department', '部门编码'],
  ['summary', '政策摘要'],
  ['benefitKind', '待遇类型'],
  ['benefitMin', '最低金额（元）'],
  ['benefitMax', '最高金额（元）'],
  ['benefitText', '待遇说明'],
  ['conditions', '申请条件（JSON）'],
  ['conditionsNote', '条件说明'],
  ['materials', '所需材料'],
  ['office', '办理地点'],
  ['phone', '咨询电话'],
  ['onlineUrl', '网上办理'],
  ['howToApply', '办理方式'],
  ['opensOn', '受理开始'],
  ['closesOn', '受理截止'],
  ['sourceTitle', '政策文件'],
  ['sourceDate', '发文日期'],
  ['changeNote', '修订说明'],
] as const
export type Column = (typeof COLUMNS)[number][0]
const REQUIRED: Column[] = ['code', 'title', 'category', 'topic', 'region', 'issuer', 'summary', 'benefitKind']
/** Separates materials in one cell. */
const MATERIALS_SEP = /\s*[|｜;；\n]\s*/

/** "申请条件（JSON）" and "申请条件" name the same column, as does its key. */
const bare = (h: string) => h.replace(/[（(].*$/, '').trim()

export interface HeaderMap {
  index: Map<Column, number>
  missing: string[]
}

export function mapHeader(header: string[]): HeaderMap {
  const names = header.map((h) => bare(String(h).replace(/^\uFEFF/, '')))
  const index = new Map<Column, number>()
  for (const [key, label] of COLUMNS) {
    const at = names.findIndex((h) => h === bare(label) || h === key)
    if (at >= 0) index.set(key, at)
  }
  const missing = REQUIRED.filter((k) => !index.has(k)).map((k) => COLUMNS.find(([c]) => c === k)![1])
  return { index, missing }
}

export type RowResult =
  { ok: true; edit: PolicyEdit; departmentCode: string } | { ok: false; code: string; message: string }

const fromLabel = <T extends Record<string, string>>(labels: T, value: string): keyof T | undefined =>
  (Object.keys(labels) as (keyof T & string)[]).find((k) => k === value || labels[k] === value)

function yuanCell(s: string): number | null | string {
  const t = s.replace(/[,，\s元]/g, '')
  if (!t) return null
  const n = Number(t)
  return Number.isFinite(n) ? n : '金额应为数字（元）'
}

function dateCell(s: string): string | null {
  const t = s.trim()
  if (!t || t === '长期' || t === '不限') return null
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t)
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : t
}

/** One data row as a policy edit, or the first thing wrong with it (in words, with a code). */
export function readRow(cells: string[], header: HeaderMap, departments: Map<string, number>): RowResult {
  const get = (k: Column) => (header.index.has(k) ? (cells[header.index.get(k)!] ?? '') : '')
  const bad = (code: string, message: string): RowResult => ({ ok: false, code, message })
  const category = fromLabel(POLICY_CATEGORIES, get('category'))
  if (!category)
    return bad(
      'UNKNOWN_CATEGORY',
      `类别“${get('category')}”不存在，可选：${Object.values(POLICY_CATEGORIES).join('、')}`,
    )
  const topic = fromLabel(POLICY_TOPICS, get('topic'))
  if (!topic)
    return bad('UNKNOWN_TOPIC', `专题“${get('topic')}”不存在，可选：${Object.values(POLICY_TOPICS).join('、')}`)
  const region = fromLabel(PLACES, get('region'))
  if (!region) return bad('UNKNOWN_REGION', `地区“${get('region')}”不存在，可选：${Object.values(PLACES).join('、')}`)
  const benefitKind = fromLabel(BENEFIT_KINDS, get('benefitKind'))
  if (!benefitKind)
    return bad(
      'UNKNOWN_BENEFIT',
      `待遇类型“${get('benefitKind')}”不存在，可选：${Object.values(BENEFIT_KINDS).join('、')}`,
    )
  const departmentCode = get('department')
  const departmentId = departmentCode ? departments.get(departmentCode) : null
  if (departmentId === undefined) return bad('UNKNOWN_DEPARTMENT', `部门编码“${departmentCode}”不存在`)
  const benefitMin = yuanCell(get('benefitMin'))
  const benefitMax = yuanCell(get('benefitMax'))
  for (const v of [benefitMin, benefitMax]) if (typeof v === 'string') return bad('INVALID', v)
  const parsed = policyEditSchema.safeParse({
    code: get('code'),
    title: get('title'),
    category,
    topic,
    region,
    issuer: get('issuer'),
    departmentId,
    summary: get('summary'),
    benefitKind,
    benefitMin,
    benefitMax,
    benefitText: get('benefitText'),
    conditions: get('conditions'),
    conditionsNote: get('conditionsNote'),
    materials: get('materials').split(MATERIALS_SEP).filter(Boolean),
    office: get('office'),
    phone: get('phone'),
    onlineUrl: get('onlineUrl'),
    howToApply: get('howToApply'),
    opensOn: dateCell(get('opensOn')),
    closesOn: dateCell(get('closesOn')),
    sourceTitle: get('sourceTitle'),
    sourceDate: dateCell(get('sourceDate')),
    changeNote: get('changeNote'),
  })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const code =
      issue.path[0] === 'conditions' ? 'BAD_CONDITION' : issue.path[0] === 'closesOn' ? 'BAD_WINDOW' : 'INVALID'
    return bad(code, describePolicyIssue(issue))
  }
  return { ok: true, edit: parsed.data, departmentCode }
}

/** Policies as rows for export, header first (the same columns import reads). */
export function policyRows(policies: (PolicyEdit & { departmentCode: string })[]): (string | number)[][] {
  const header = COLUMNS.map(([, label]) => label)
  const rows = policies.map((p) =>
    COLUMNS.map(([key]) => {
      switch (key) {
        case 'category':
          return POLICY_CATEGORIES[p.category]
        case 'topic':
          return POLICY_TOPICS[p.topic]
        case 'region':
          return PLACES[p.region]
        case 'benefitKind':
          return BENEFIT_KINDS[p.benefitKind]
        case 'department':
          return p.departmentCode
        case 'conditions':
          return JSON.stringify(p.conditions)
        case 'materials':
          return p.materials.join('|')
        case 'benefitMin':
        case 'benefitMax':
          return p[key] ?? ''
        default:
          return p[key] ?? ''
      }
    }),
  )
  return [header, ...rows]
}

/** Policies as a sheet (server/sheets.ts writes it: formulas made inert), base64. */
export const writePolicies = (format: 'xlsx' | 'csv', rows: (string | number)[][]) =>
  sheetBase64(format, { name: '政策', header: rows[0] as string[], rows: rows.slice(1), widths: rows[0].map(() => 18) })
