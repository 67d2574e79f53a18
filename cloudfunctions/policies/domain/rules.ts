import {
  describeFactValue,
  describeLeaf,
  FACT_KEYS,
  FACTS,
  factSpec,
  PROFILE_FIELD_KEYS,
  type Condition,
  type FactKey,
  type Leaf,
} from '../../../contract/policy-rules'

// The one evaluator of rules. A rule is compiled once, when its policy is written, into a
// compact array form (facts, ops and choices as numbers) that is small to read back and quick
// to run: "one profile against every policy" reads thousands of them per call. The same
// evaluator explains a verdict in words when given the rule as staff wrote it.
//
// Three-valued: 2 holds, 1 cannot be told (a fact is missing), 0 fails. A result packs the
// verdict in its low 2 bits and, above them, one bit per profile field that is missing.

const OPS = ['eq', 'gte', 'lte', 'gt', 'lt', 'between', 'in', 'notIn', 'is'] as const
const ALL = -1
const ANY = -2

/** [fact, op, value] | [ALL, ...children] | [ANY, ...children]. */
export type Compact = (number | number[] | Compact)[]

/** Facts by FACT_KEYS index: a number (choices as their rank, yes/no as 1/0), undefined when
 * unknown, NaN when it does not apply (company facts of someone without a company). */
export type FactVector = (number | undefined)[]

const rankOf = (fact: FactKey, key: string) => Object.keys(factSpec(fact).options!).indexOf(key)

/** A fact's value as the evaluator reads it. */
export function factNumber(fact: FactKey, value: number | string | boolean): number {
  if (typeof value === 'boolean') return value ? 1 : 0
  if (typeof value === 'string') return rankOf(fact, value)
  return value
}

function compileLeaf(l: Leaf): Compact {
  const f = FACT_KEYS.indexOf(l.fact)
  const o = OPS.indexOf(l.op as (typeof OPS)[number])
  const v = l.value
  if (Array.isArray(v))
    return [f, o, (v as (string | number)[]).map((x) => (typeof x === 'string' ? rankOf(l.fact, x) : x))]
  return [f, o, factNumber(l.fact, v as number | string | boolean)]
}

export function compile(c: Condition): Compact {
  if ('fact' in c) return compileLeaf(c)
  return 'all' in c ? [ALL, ...c.all.map(compile)] : [ANY, ...c.any.map(compile)]
}

/** Each fact's profile field, as a bit of the missing mask. */
const FIELD_BIT = FACT_KEYS.map((k) => 1 << PROFILE_FIELD_KEYS.indexOf(FACTS[k].from))

function test(leaf: Compact, facts: FactVector): number {
  const f = leaf[0] as number
  const x = facts[f]
  if (x === undefined) return (FIELD_BIT[f] << 2) | 1
  if (Number.isNaN(x)) return 0
  const v = leaf[2]
  let holds: boolean
  switch (leaf[1] as number) {
    case 0:
      holds = x === v
      break
    case 1:
      holds = x >= (v as number)
      break
    case 2:
      holds = x <= (v as number)
      break
    case 3:
      holds = x > (v as number)
      break
    case 4:
      holds = x < (v as number)
      break
    case 5:
      holds = x >= (v as number[])[0] && x <= (v as number[])[1]
      break
    case 6:
      holds = (v as number[]).includes(x)
      break
    case 7:
      holds = !(v as number[]).includes(x)
      break
    default:
      holds = x === v
  }
  return holds ? 2 : 0
}

/**
 * Run a compiled rule. With `why` (and the rule as written, same shape), failing conditions are
 * added to it in words.
 */
export function run(c: Compact, facts: FactVector, why?: string[], src?: Condition): number {
  const tag = c[0] as number
  if (tag >= 0) {
    const r = test(c, facts)
    if (why && (r & 3) === 0) {
      const leaf = src as Leaf
      const x = facts[tag]
      why.push(
        x !== undefined && Number.isNaN(x)
          ? `${describeLeaf(leaf)}（你尚未注册企业）`
          : `${describeLeaf(leaf)}（你：${describeFactValue(leaf.fact, valueOf(leaf.fact, x!))}）`,
      )
    }
    return r
  }
  const kids = src ? ('all' in src ? src.all : 'any' in src ? src.any : []) : []
  let missing = 0
  let unknown = false
  if (tag === ALL) {
    let failed = false
    for (let i = 1; i < c.length; i++) {
      const r = run(c[i] as Compact, facts, why, kids[i - 1])
      if ((r & 3) === 0) {
        failed = true
        if (!why) return 0
      } else if ((r & 3) === 1) {
        unknown = true
        missing |= r >> 2
      }
    }
    return failed ? 0 : unknown ? (missing << 2) | 1 : 2
  }
  const inner: string[] | undefined = why ? [] : undefined
  for (let i = 1; i < c.length; i++) {
    const r = run(c[i] as Compact, facts, inner, kids[i - 1])
    if ((r & 3) === 2) return 2
    if ((r & 3) === 1) {
      unknown = true
      missing |= r >> 2
    }
  }
  if (c.length === 1) return 2
  if (unknown) return (missing << 2) | 1
  if (why) why.push(`以下条件需满足其一：${inner!.join('；或')}`)
  return 0
}

/** A fact back from its number, for words. */
function valueOf(fact: FactKey, x: number): number | string | boolean {
  const spec = factSpec(fact)
  if (spec.kind === 'boolean') return x === 1
  if (spec.kind === 'number') return x
  return Object.keys(spec.options!)[x]
}

export const verdictOf = (r: number) => (['ineligible', 'maybe', 'eligible'] as const)[r & 3]

/** The profile fields a result says are missing, in the profile's order. */
export function missingFields(r: number) {
  const mask = r >> 2
  return PROFILE_FIELD_KEYS.filter((_, i) => mask & (1 << i))
}
