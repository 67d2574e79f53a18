import { sql, type RawBuilder } from 'kysely'
import { DICTIONARY, normalizeText, read, type Dictionary } from './text'

// Concepts as stored and as asked for. A document (a profile, a challenge, a resource) is stored
// as an indexed array of tokens: 'c:<id>' for each concept it names, 'b:<id>' for each broader
// concept of those (一体化压铸 also stores b:die_casting, b:casting), and 's:<skill>' for a listed
// skill the dictionary does not know (so that unknown skills still match their exact string).
// A query weighs each concept it names by where it was written; a document scores, per query
// concept, the best of: the concept itself, a narrower one, its broader one, a sibling.

export type Token = string
type Expr = RawBuilder<unknown>

/** How much a query concept is worth when the document has it in a looser form. */
export const LOOSER = { narrower: 0.8, broader: 0.5, sibling: 0.3 } as const
/** A broad concept many people list (数据分析, 质量管理) is worth this share. */
export const GENERIC = 0.4

const skillToken = (skill: string) => `s:${normalizeText(skill)}`

/** The tokens to store for a document: everything the person or enterprise wrote. */
export function documentTokens(texts: string[], skills: string[] = [], dict: Dictionary = DICTIONARY): Token[] {
  const out = new Set<Token>()
  const add = (id: string) => {
    out.add(`c:${id}`)
    for (const a of dict.concepts.get(id)?.ancestors ?? []) out.add(`b:${a}`)
  }
  for (const t of texts) for (const h of read(dict, t).hits) add(h.id)
  for (const s of skills) {
    const hits = read(dict, s).hits
    for (const h of hits) add(h.id)
    if (!hits.length && normalizeText(s)) out.add(skillToken(s))
  }
  return [...out]
}

export interface QueryField {
  text: string
  /** 1 for a required skill, less for a title or a description. */
  weight: number
  /** A listed skill (unknown skills then match by their exact string). */
  skill?: boolean
}

export interface Query {
  /** Concept id → weight (the best place it was written, less for generic concepts). */
  concepts: Map<string, number>
  /** Unknown listed skills: token → weight. */
  skills: Map<Token, number>
}

export function queryOf(fields: QueryField[], dict: Dictionary = DICTIONARY): Query {
  const concepts = new Map<string, number>()
  const skills = new Map<Token, number>()
  for (const f of fields) {
    const hits = read(dict, f.text).hits
    for (const h of hits) {
      const w = f.weight * (dict.concepts.get(h.id)?.generic ? GENERIC : 1)
      concepts.set(h.id, Math.max(concepts.get(h.id) ?? 0, w))
    }
    if (f.skill && !hits.length && normalizeText(f.text)) skills.set(skillToken(f.text), f.weight)
  }
  return { concepts, skills }
}

/** What one listed skill is worth in a query: its best concept's weight (1 when the dictionary does not know it). */
export function skillWeight(q: Query, skill: string, dict: Dictionary = DICTIONARY): number {
  const hits = read(dict, skill).hits
  return hits.length ? Math.max(...hits.map((h) => q.concepts.get(h.id) ?? 0)) : (q.skills.get(skillToken(skill)) ?? 1)
}

/** Per query concept, the tokens that satisfy it and what each is worth (best first). */
export function lookups(q: Query, dict: Dictionary = DICTIONARY): [Token, number][][] {
  const out: [Token, number][][] = []
  for (const [id, w] of q.concepts) {
    const alts: [Token, number][] = [
      [`c:${id}`, w],
      [`b:${id}`, w * LOOSER.narrower],
    ]
    const parent = dict.concepts.get(id)?.broader
    if (parent && !q.concepts.has(parent)) {
      const g = dict.concepts.get(parent)?.generic ? GENERIC : 1
      alts.push([`c:${parent}`, w * LOOSER.broader * g], [`b:${parent}`, w * LOOSER.sibling * g])
    }
    out.push(alts)
  }
  for (const [token, w] of q.skills) out.push([[token, w]])
  return out
}

/**
 * The tokens that find candidates (the GIN overlap): those worth at least `floor` on their own.
 * Weak forms alone (a sibling under a broad concept) would pull in much of the table and cannot
 * pass MIN_RELEVANCE without a stronger one; they still count in the score.
 */
export const queryTokens = (q: Query, dict: Dictionary = DICTIONARY, floor = 0) => [
  ...new Set(lookups(q, dict).flatMap((alts) => alts.filter(([, w]) => w >= floor).map(([t]) => t))),
]

/** The weight below which a form does not find candidates on its own (see queryTokens). */
export const CANDIDATE_FLOOR = 0.43

const f8 = (v: number) => sql.raw(`${Math.round(Number(v) * 1e6) / 1e6}::float8`)

/** Raw match strength of the token column against a query: the sum, per query concept, of the best form held. */
export function strengthSql(col: Expr, q: Query, dict: Dictionary = DICTIONARY): RawBuilder<number> {
  const parts = lookups(q, dict).map((alts) =>
    alts.length === 1
      ? sql`${f8(alts[0][1])} * (${col} @> array[${alts[0][0]}]::text[])::int`
      : sql`greatest(${sql.join(
          alts.map(([t, w]) => sql`${f8(w)} * (${col} @> array[${t}]::text[])::int`),
          sql`, `,
        )})`,
  )
  return parts.length ? sql<number>`(${sql.join(parts, sql` + `)})` : sql<number>`0::float8`
}

/** Match strength as a relevance in 0..1 (saturating: one required skill ≈ 0.57, two ≈ 0.81). */
export const SATURATION = 1.2
export const relevanceSql = (strength: Expr) => sql<number>`(1 - exp(-(${strength}) / ${f8(SATURATION)}))`
export const relevanceOf = (strength: number) => 1 - Math.exp(-strength / SATURATION)

/** Below this relevance nobody is shown: an honest empty list beats strangers. */
export const MIN_RELEVANCE = 0.3

/** Match strength computed in memory (for a handful of rows, tests and reasons). */
export function strengthOf(tokens: Iterable<Token>, q: Query, dict: Dictionary = DICTIONARY): number {
  const held = new Set(tokens)
  let sum = 0
  for (const alts of lookups(q, dict)) sum += Math.max(0, ...alts.map(([t, w]) => (held.has(t) ? w : 0)))
  return sum
}

export interface Explained {
  id: string
  label: string
  /** How the other side wrote it, when not in the concept's own words. */
  as: string | null
}

/**
 * The query concepts a document matched, strongest first, each with the document's own words for
 * it (「计算流体力学」 as 「Fluent」): read from the document's texts, for reasons.
 */
export function explain(q: Query, texts: string[], dict: Dictionary = DICTIONARY, max = 3): Explained[] {
  const hits = texts.flatMap((t) => read(dict, t).hits)
  const scored: (Explained & { w: number })[] = []
  for (const [id, w] of q.concepts) {
    const concept = dict.concepts.get(id)!
    // The document's own concept: the same, a narrower one, or the broader one.
    const same = hits.find((h) => h.id === id)
    const narrower = same ? undefined : hits.find((h) => dict.concepts.get(h.id)?.ancestors.includes(id))
    const broader =
      same || narrower || !concept.broader || dict.concepts.get(concept.broader)?.generic
        ? undefined
        : hits.find((h) => h.id === concept.broader)
    const hit = same ?? narrower ?? broader
    if (!hit) continue
    const factor = same ? 1 : narrower ? LOOSER.narrower : LOOSER.broader
    const as = normalizeText(hit.surface) === normalizeText(concept.label) ? null : hit.surface
    scored.push({ id, label: concept.label, as, w: w * factor })
  }
  return scored
    .sort((a, b) => b.w - a.w)
    .slice(0, max)
    .map(({ id, label, as }) => ({ id, label, as }))
}
