import { FACILITIES, TIERS, type Facility, type Tier } from '../../../contract/stations'
export { formatHours, parseHours } from '../../../contract/hours-text'

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
  for (const part of v
    .split(/[|｜、;；]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const key = part in FACILITIES ? (part as Facility) : facilityByLabel.get(part)
    if (key) facilities.push(key)
    else unknown.push(part)
  }
  return { facilities, unknown }
}

export const formatFacilities = (f: string[]) => f.map((k) => FACILITIES[k as Facility] ?? k).join('|')
