import type { Transaction } from 'kysely'
import { payLabel } from '../../../contract/jobs'
import type { DB } from '../../../server/db/schema'
import type { PayUnit } from '../tables'

// The automatic checks a posting passes before anyone sees it (then a 社工 reviews it): pay at or
// above Ningbo's minimum wage (jobs_min_wage, a row per year), no discriminatory wording, no
// deposit or fee asked of workers. Each failure is a Chinese sentence saying why.

/** Hours of a working day and of a month's work (21.75 days × 8 h) used to compare pay per unit. */
export const HOURS_PER_DAY = 8

export interface MinWage {
  year: number
  region: string
  monthlyCents: number
  hourlyCents: number
}

/** The latest minimum-wage figure in force at `now` (its year ≤ now's year). */
export async function minWage(db: Transaction<DB>, now: Date): Promise<MinWage> {
  const row = await db
    .selectFrom('jobs_min_wage')
    .select(['year', 'region', 'monthly_cents', 'hourly_cents'])
    .where('year', '<=', now.getUTCFullYear())
    .orderBy('year', 'desc')
    .limit(1)
    .executeTakeFirst()
  const r =
    row ??
    (await db
      .selectFrom('jobs_min_wage')
      .select(['year', 'region', 'monthly_cents', 'hourly_cents'])
      .orderBy('year')
      .limit(1)
      .executeTakeFirstOrThrow())
  return { year: r.year, region: r.region, monthlyCents: r.monthly_cents, hourlyCents: r.hourly_cents }
}

/** The minimum in a posting's unit; null for piece rates (a piece has no duration to compare). */
export function minimumPer(unit: PayUnit, w: MinWage): number | null {
  if (unit === 'hour') return w.hourlyCents
  if (unit === 'day') return w.hourlyCents * HOURS_PER_DAY
  if (unit === 'month') return w.monthlyCents
  return null
}

export function payProblem(payCents: number, unit: PayUnit, w: MinWage): string | null {
  if (payCents <= 0) return '薪资必须大于 0'
  const min = minimumPer(unit, w)
  if (min !== null && payCents < min)
    return `薪资 ${payLabel(payCents, unit)} 低于宁波最低工资标准（${w.year} 年${w.region}：${payLabel(min, unit)}），请调整`
  return null
}

// Wording that limits by sex, region or ethnicity (就业促进法 第三条、妇女权益保障法).
const DISCRIMINATION: [RegExp, string][] = [
  [/(限|仅限|只招|只要|只收)\s*(男|女)|(男|女)(性|士)?\s*优先|不(招|要|收)\s*(男|女)|已婚已育/, '性别'],
  [
    /(限|仅限|只招|只要)\s*(本地|本市|本省|[\u4e00-\u9fa5]{1,3}(户籍|籍))|本地人优先|外地人?勿|不(招|要|收)\s*[\u4e00-\u9fa5]{1,4}(人|籍)|地域/,
    '地域',
  ],
  [/(限|仅限|只招|只要)\s*汉族|汉族优先|不(招|要|收)\s*(少数民族|[\u4e00-\u9fa5]{1,3}族)/, '民族'],
]
// Money asked of workers: refused unless plainly denied (无需押金, 不收培训费).
const FEES = /押金|保证金|培训费|报名费|中介费|介绍费|服装费|工装费/g
const DENIED = /(无|不|免|没有|无需|不需|不用|不收|不交|不需要|无须|免收)[^，。,.;；]{0,2}$/

export function wordingProblem(texts: string[]): string | null {
  const all = texts.join('\n')
  for (const [re, what] of DISCRIMINATION) {
    const m = all.match(re)
    if (m) return `招聘信息含有${what}歧视的表述「${m[0]}」，依法不得发布，请修改`
  }
  for (const m of all.matchAll(FEES)) {
    const before = all.slice(Math.max(0, m.index! - 6), m.index)
    if (!DENIED.test(before)) return `招聘信息向求职者收取「${m[0]}」，依法不得收取押金或费用，请删除`
  }
  return null
}
