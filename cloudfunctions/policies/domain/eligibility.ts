import { sql } from 'kysely'
import type { Eligibility } from '../../../contract/policies'
import {
  FACT_KEYS,
  FACTS,
  PROFILE_FIELDS,
  type Condition,
  type FactKey,
  type Profile,
} from '../../../contract/policy-rules'
import type { TxCtx } from '../../../server/core/tx'
import { shanghaiDate } from '../../../server/time/shanghai'
import { compile, factNumber, missingFields, run, verdictOf, type Compact, type FactVector } from './rules'

// Eligibility: a person's facts against policies' rules (rules.ts evaluates; rules are data).

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

/** The facts as the evaluator reads them. */
export function vectorOf(facts: Facts): FactVector {
  return FACT_KEYS.map((k) => {
    if (facts.noCompany && 'company' in FACTS[k] && FACTS[k].company) return NaN
    const v = facts.values[k]
    return v === undefined ? undefined : factNumber(k, v)
  })
}

/** One policy's rule against one person's facts: 符合 / 可能符合 (what is missing) / 不符合 (why). */
export function evaluate(c: Condition, facts: Facts): Eligibility {
  const failed: string[] = []
  const r = run(compile(c), vectorOf(facts), failed, c)
  return { verdict: verdictOf(r), missing: missingOf(r), failed: (r & 3) === 0 ? failed : [] }
}

export const missingOf = (r: number) => missingFields(r).map((field) => ({ field, label: PROFILE_FIELDS[field].label }))

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

/** A policy as "one profile against all" reads it (from policy_rules, written with the policy). */
export interface RuleRow {
  id: number
  kind: 'cash' | 'loan' | 'service' | 'prize'
  min: number | null
  max: number | null
  rule: Compact
}
const KINDS = ['cash', 'loan', 'service', 'prize'] as const

/** A policy's row in policy_rules: [id, kind, min, max, compiled rule] as JSON text. */
export const eligibilityRow = (
  id: number,
  p: { benefitKind: RuleRow['kind']; benefitMin: number | null; benefitMax: number | null; conditions: Condition },
) => JSON.stringify([id, KINDS.indexOf(p.benefitKind), p.benefitMin, p.benefitMax, compile(p.conditions)])

/**
 * Every live policy's compiled rule, read as one text: one value to decode instead of thousands
 * of rows (decoding rows dominates on the embedded database). Nothing is kept between calls.
 */
export async function loadRules(ctx: TxCtx, currentOnly: boolean): Promise<RuleRow[]> {
  const today = shanghaiDate(ctx.now)
  const { rows } = await sql<{ rules: string | null }>`
    select string_agg(row, ',') as rules from policy_rules
    where not withdrawn ${currentOnly ? sql`and coalesce(closes_on, 'infinity'::date) >= ${today}::date` : sql``}`.execute(
    ctx.db,
  )
  const raw = JSON.parse(`[${rows[0]?.rules ?? ''}]`) as [number, number, number | null, number | null, Compact][]
  return raw.map(([id, kind, min, max, rule]) => ({ id, kind: KINDS[kind], min, max, rule }))
}

export interface Totals {
  cashMin: number
  cashMax: number
  loanMax: number
  loanChoices: number
  prizes: number
  services: number
  eligible: number
  maybe: number
}

/**
 * One person against every live policy: each result (verdict and missing fields, see rules.ts),
 * and the sums of what they qualify for. Reasons in words are worked out only for policies shown.
 */
export async function eligibilityOfAll(ctx: TxCtx, facts: Facts, currentOnly = true) {
  const rules = await loadRules(ctx, currentOnly)
  const vector = vectorOf(facts)
  const results = new Map<number, number>()
  const totals: Totals = {
    cashMin: 0,
    cashMax: 0,
    loanMax: 0,
    loanChoices: 0,
    prizes: 0,
    services: 0,
    eligible: 0,
    maybe: 0,
  }
  for (const r of rules) {
    const v = run(r.rule, vector)
    results.set(r.id, v)
    if ((v & 3) === 1) totals.maybe++
    if ((v & 3) !== 2) continue
    totals.eligible++
    addBenefit(totals, r)
  }
  return { results, totals }
}

/**
 * A benefit added to the sums: cash as a range (最高 X: 0–X); loans not summed (one loan at a
 * time: the largest limit, 择一享受 among them); prizes and services counted, not summed.
 */
export function addBenefit(t: Totals, r: Pick<RuleRow, 'kind' | 'min' | 'max'>) {
  if (r.kind === 'service') t.services++
  else if (r.kind === 'prize') t.prizes++
  else if (r.kind === 'loan') {
    t.loanChoices++
    t.loanMax = Math.max(t.loanMax, r.max ?? r.min ?? 0)
  } else {
    t.cashMin += r.min ?? 0
    t.cashMax += r.max ?? r.min ?? 0
  }
}
