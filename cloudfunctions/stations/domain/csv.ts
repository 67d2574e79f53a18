import { FACILITIES, TIERS, type Facility, type Hours, type Tier } from '../../../contract/stations'

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF. A leading BOM is ignored. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  const s = text.replace(/^\uFEFF/, '')
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"' && field === '') quoted = true
    else if (ch === ',') {
      row.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += ch
  }
  if (field !== '' || row.length) {
    row.push(field)
    rows.push(row)
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''))
}

const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)
export const toCsvLine = (fields: string[]) => fields.map(quote).join(',')

/** Columns of the station CSV, in order, with the Chinese headers people see in Excel. */
export const STATION_COLUMNS = [
  ['code', '站点编码'],
  ['name', '名称'],
  ['tier', '类型'],
  ['community', '社区编码'],
  ['operator', '运营方'],
  ['address', '地址'],
  ['phone', '电话'],
  ['lng', '经度'],
  ['lat', '纬度'],
  ['open24h', '24小时'],
  ['hours', '营业时间'],
  ['facilities', '设施'],
  ['riderOffers', '骑手优惠'],
  ['afterHoursEntry', '夜间进入方式'],
] as const
export type StationColumn = (typeof STATION_COLUMNS)[number][0]

const tierByLabel = new Map<string, Tier>(Object.entries(TIERS).map(([k, v]) => [v, k as Tier]))
const facilityByLabel = new Map<string, Facility>(Object.entries(FACILITIES).map(([k, v]) => [v, k as Facility]))

export function parseTier(v: string): Tier | null {
  const t = v.trim()
  return (t in TIERS ? (t as Tier) : tierByLabel.get(t)) ?? null
}

/** "手机充电|热水" (labels or keys) → keys; unknown names are reported, not dropped. */
export function parseFacilities(v: string): { facilities: Facility[]; unknown: string[] } {
  const facilities: Facility[] = []
  const unknown: string[] = []
  for (const part of v.split(/[|｜、;；]/).map((p) => p.trim()).filter(Boolean)) {
    const key = part in FACILITIES ? (part as Facility) : facilityByLabel.get(part)
    if (key) facilities.push(key)
    else unknown.push(part)
  }
  return { facilities, unknown }
}

export const formatFacilities = (f: string[]) => f.map((k) => FACILITIES[k as Facility] ?? k).join('|')

/**
 * Hours as "1-5 08:00-20:00; 6,7 09:00-02:00": days 1 (周一) … 7 (周日), ranges or lists;
 * a closing time at or before the opening time runs past midnight.
 */
export function parseHours(v: string): Hours[] | string {
  const out: Hours[] = []
  for (const part of v.split(/[;；]/).map((p) => p.trim()).filter(Boolean)) {
    const m = part.match(/^([1-7](?:\s*[-,，]\s*[1-7])*)\s+(\d{2}:\d{2})\s*[-–~]\s*(\d{2}:\d{2})$/)
    if (!m) return `营业时间“${part}”格式不正确，应如 1-5 08:00-20:00`
    const days = new Set<number>()
    for (const piece of m[1].split(/[,，]/)) {
      const [a, b] = piece.split('-').map((x) => Number(x.trim()))
      if (b !== undefined && b < a) return `营业时间“${part}”的星期范围不正确`
      for (let d = a; d <= (b ?? a); d++) days.add(d % 7)
    }
    for (const t of [m[2], m[3]]) if (!/^([01]\d|2[0-4]):[0-5]\d$/.test(t) || (t.startsWith('24') && t !== '24:00')) return `时间 ${t} 不正确`
    for (const weekday of [...days].sort()) out.push({ weekday, opens: m[2], closes: m[3] })
  }
  return out
}

export function formatHours(hours: Hours[]): string {
  // Group weekdays that share the same span: "1-5 08:00-20:00; 6,7 09:00-18:00".
  const groups = new Map<string, number[]>()
  for (const h of hours) {
    const key = `${h.opens}-${h.closes}`
    groups.set(key, [...(groups.get(key) ?? []), h.weekday === 0 ? 7 : h.weekday])
  }
  return [...groups]
    .map(([span, days]) => {
      const sorted = days.sort((a, b) => a - b)
      const contiguous = sorted.every((d, i) => i === 0 || d === sorted[i - 1] + 1)
      const dayText = contiguous && sorted.length > 2 ? `${sorted[0]}-${sorted[sorted.length - 1]}` : sorted.join(',')
      return `${dayText} ${span}`
    })
    .join('; ')
}
