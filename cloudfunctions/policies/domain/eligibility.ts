import { sql } from 'kysely'
import type { Eligibility } from '../../../contract/policies'
import {
  describeFactValue,
  describeLeaf,
  factSpec,
  PROFILE_FIELDS,
  type Condition,
  type FactKey,
  type Leaf,
  type Profile,
  type ProfileField,
} from '../../../contract/policy-rules'
import type { TxCtx } from '../../../server/core/tx'
import { shanghaiDate } from '../../../server/time/shanghai'

// The one place rules are evaluated (DESIGN: rules are data; this reads them). Three-valued:
// a condition holds, fails (with the reason in words), or cannot be told because a fact is
// missing (naming the profile field to fill in).

export type FactValues = Partial<Record<FactKey, number | string | boolean>>

/** What the rules read: the profile's facts, with ages and durations in the current Shanghai year. */
export interface Facts {
  values: FactValues
  /** The person said they have no company: company facts do not apply (conditions on them fail). */
  noCompany: boolean
}

export function factsOf(profile: Profile, birthYear: number | null, now: Date): Facts {
  const year = Number(shanghaiDate(now).slice(0, 4))
  const p = { ...profile, birthYear: birthYear ?? profile.birthYear }
  const v: FactValues = {}
  if (p.birthYear !== undefined) v.age = year - p.birthYear
  if (p.education !== undefined) v.education = p.education
  if (p.hukou !== undefined) v.hukou = p.hukou
  if (p.residence !== undefined) v.residence = p.residence
  if (p.yearsInArea !== undefined) v.yearsInArea = p.yearsInArea
  if (p.graduationYear !== undefined) v.yearsSinceGraduation = Math.max(0, year - p.graduationYear)
  if (p.talentLevel !== undefined) v.talentLevel = p.talentLevel
  if (p.overseas !== undefined) v.overseas = p.overseas
  if (p.ownsHome !== undefined) v.ownsHome = p.ownsHome
  if (p.schoolChild !== undefined) v.schoolChild = p.schoolChild
  const noCompany = p.companyPlace === 'none'
  if (!noCompany) {
    if (p.companyPlace !== undefined) v.companyPlace = p.companyPlace
    if (p.companyFoundedYear !== undefined) v.companyAge = Math.max(0, year - p.companyFoundedYear)
    if (p.industry !== undefined) v.industry = p.industry
    if (p.headcount !== undefined) v.headcount = p.headcount
    if (p.revenueBand !== undefined) v.revenueBand = p.revenueBand
  }
  return { values: v, noCompany }
}

/** 2 holds, 1 cannot be told (a fact is missing), 0 fails. */
interface Outcome {
  v: 0 | 1 | 2
  missing: Set<ProfileField>
  failed: string[]
}

const rank = (fact: FactKey, key: string) => Object.keys(factSpec(fact).options!).indexOf(key)

function holds(l: Leaf, x: number | string | boolean): boolean {
  const spec = factSpec(l.fact)
  switch (l.op) {
    case 'is':
      return x === l.value
    case 'in':
      return (l.value as string[]).includes(x as string)
    case 'notIn':
      return !(l.value as string[]).includes(x as string)
    case 'between': {
      const [a, b] = l.value as [number, number]
      return (x as number) >= a && (x as number) <= b
    }
  }
  // Ordinal facts compare by their place in the option list; numbers by value.
  const [have, want] =
    spec.kind === 'ordinal'
      ? [rank(l.fact, x as string), rank(l.fact, l.value as string)]
      : [x as number, l.value as number]
  switch (l.op) {
    case 'eq':
      return have === want
    case 'gte':
      return have >= want
    case 'lte':
      return have <= want
    case 'gt':
      return have > want
    case 'lt':
      return have < want
  }
  return false
}

function evalLeaf(l: Leaf, facts: Facts): Outcome {
  const spec = factSpec(l.fact)
  if ('company' in spec && spec.company && facts.noCompany) {
    return { v: 0, missing: new Set(), failed: [`${describeLeaf(l)}（你尚未注册企业）`] }
  }
  const x = facts.values[l.fact]
  if (x === undefined) return { v: 1, missing: new Set([spec.from]), failed: [] }
  if (holds(l, x)) return { v: 2, missing: new Set(), failed: [] }
  return { v: 0, missing: new Set(), failed: [`${describeLeaf(l)}（你：${describeFactValue(l.fact, x)}）`] }
}

function evalNode(c: Condition, facts: Facts): Outcome {
  if ('fact' in c) return evalLeaf(c, facts)
  const parts = ('all' in c ? c.all : c.any).map((x) => evalNode(x, facts))
  const union = (of: Outcome[]) => new Set(of.flatMap((o) => [...o.missing]))
  if ('all' in c) {
    const fails = parts.filter((p) => p.v === 0)
    if (fails.length) return { v: 0, missing: new Set(), failed: fails.flatMap((p) => p.failed) }
    const unknown = parts.filter((p) => p.v === 1)
    return unknown.length ? { v: 1, missing: union(unknown), failed: [] } : { v: 2, missing: new Set(), failed: [] }
  }
  if (!parts.length || parts.some((p) => p.v === 2)) return { v: 2, missing: new Set(), failed: [] }
  const unknown = parts.filter((p) => p.v === 1)
  if (unknown.length) return { v: 1, missing: union(unknown), failed: [] }
  return { v: 0, missing: new Set(), failed: [`以下条件需满足其一：${parts.flatMap((p) => p.failed).join('；或')}`] }
}

const VERDICT = ['ineligible', 'maybe', 'eligible'] as const

/** One policy's rule against one person's facts: 符合 / 可能符合 (what is missing) / 不符合 (why). */
export function evaluate(c: Condition, facts: Facts): Eligibility {
  const o = evalNode(c, facts)
  const order = Object.keys(PROFILE_FIELDS) as ProfileField[]
  return {
    verdict: VERDICT[o.v],
    missing: order.filter((f) => o.missing.has(f)).map((field) => ({ field, label: PROFILE_FIELDS[field].label })),
    failed: o.failed,
  }
}

/** A person's profile and birth year (null profile: they have told us nothing yet). */
export async function loadFacts(ctx: TxCtx, userId: number): Promise<{ facts: Facts; hasProfile: boolean }> {
  const row = await ctx.db
    .selectFrom('users as u')
    .leftJoin('policy_profiles as p', 'p.user_id', 'u.id')
    .select(['u.birth_year', 'p.facts', 'p.user_id'])
    .where('u.id', '=', userId)
    .executeTakeFirst()
  const profile = (row?.facts ?? {}) as Profile
  return {
    facts: factsOf(profile, row?.birth_year ?? null, ctx.now),
    hasProfile: !!row?.user_id || row?.birth_year != null,
  }
}

export interface RuleRow {
  id: number
  conditions: Condition
  kind: 'cash' | 'loan' | 'service'
  min: number | null
  max: number | null
  opensOn: string | null
  closesOn: string | null
}

/**
 * Every live policy's rule, read as one JSON text: one row to decode instead of thousands (on
 * the embedded database decoding rows dominates), evaluated here rather than in SQL so there is
 * one evaluator. Nothing is kept between calls.
 */
export async function loadRules(ctx: TxCtx, currentOnly: boolean): Promise<RuleRow[]> {
  const today = shanghaiDate(ctx.now)
  const { rows } = await sql<{ rules: string | null }>`
    select json_agg(json_build_array(id, conditions, benefit_kind, benefit_min, benefit_max, opens_on, closes_on))::text as rules
    from policies
    where withdrawn_at is null ${currentOnly ? sql`and (closes_on is null or closes_on >= ${today}::date)` : sql``}`.execute(
    ctx.db,
  )
  const raw = JSON.parse(rows[0]?.rules ?? '[]') as [
    number,
    Condition,
    RuleRow['kind'],
    number | null,
    number | null,
    string | null,
    string | null,
  ][]
  return raw.map(([id, conditions, kind, min, max, opensOn, closesOn]) => ({
    id,
    conditions,
    kind,
    min,
    max,
    opensOn,
    closesOn,
  }))
}

export interface Totals {
  cashMin: number
  cashMax: number
  loanMax: number
  services: number
  eligible: number
  maybe: number
}

/** One person against every live policy: each verdict, and the sums of what they qualify for. */
export async function eligibilityOfAll(ctx: TxCtx, facts: Facts, currentOnly = true) {
  const rules = await loadRules(ctx, currentOnly)
  const verdicts = new Map<number, Eligibility>()
  const totals: Totals = { cashMin: 0, cashMax: 0, loanMax: 0, services: 0, eligible: 0, maybe: 0 }
  for (const r of rules) {
    const e = evaluate(r.conditions, facts)
    verdicts.set(r.id, e)
    if (e.verdict === 'maybe') totals.maybe++
    if (e.verdict !== 'eligible') continue
    totals.eligible++
    addBenefit(totals, r)
  }
  return { rules, verdicts, totals }
}

/** A benefit added to the sums: cash as a range (最高 X: 0–X), loans by their limit, services counted. */
export function addBenefit(t: Totals, r: Pick<RuleRow, 'kind' | 'min' | 'max'>) {
  if (r.kind === 'service') t.services++
  else if (r.kind === 'loan') t.loanMax += r.max ?? r.min ?? 0
  else {
    t.cashMin += r.min ?? 0
    t.cashMax += r.max ?? r.min ?? 0
  }
}
