import { DICTIONARY, read, type Dictionary } from './text'

// How alike two short texts are (two demands, a demand and a resource): the concepts both name
// and the words both use, weighed (a shared concept says more than a shared bigram), as a Dice
// coefficient in 0..1. Figures, units and stop words never count (see read()).

/** A concept in common is worth this many words in common. */
export const CONCEPT_WEIGHT = 3

export interface Fingerprint {
  /** Token → weight: 'c:<concept>' and 'w:<word>'. */
  tokens: Map<string, number>
  total: number
}

export function fingerprint(text: string, dict: Dictionary = DICTIONARY): Fingerprint {
  const r = read(dict, text)
  const tokens = new Map<string, number>()
  for (const h of r.hits) tokens.set(`c:${h.id}`, CONCEPT_WEIGHT)
  for (const w of r.words) tokens.set(`w:${w}`, 1)
  let total = 0
  for (const v of tokens.values()) total += v
  return { tokens, total }
}

/** Weighted Dice: 1 for the same words and concepts, 0 for nothing in common. */
export function similarity(a: Fingerprint, b: Fingerprint): number {
  if (!a.total || !b.total) return 0
  let common = 0
  const [small, large] = a.tokens.size <= b.tokens.size ? [a, b] : [b, a]
  for (const [t, w] of small.tokens) if (large.tokens.has(t)) common += w
  return (2 * common) / (a.total + b.total)
}

/** What two texts share, in words people read: concept labels first, then a few shared words. */
export function shared(a: Fingerprint, b: Fingerprint, dict: Dictionary = DICTIONARY, max = 4): string[] {
  const concepts: string[] = []
  const words: string[] = []
  for (const t of a.tokens.keys()) {
    if (!b.tokens.has(t)) continue
    if (t.startsWith('c:')) concepts.push(dict.concepts.get(t.slice(2))?.label ?? t.slice(2))
    else words.push(t.slice(2))
  }
  return [...concepts, ...words].slice(0, max)
}
