import { DICTIONARY, MAX_TEXT, normalizeText, read, type Dictionary } from './text'

// How alike two short texts are (two demands, a demand and a resource): the concepts both name
// and the words both use, weighed (a shared concept says more than a shared bigram), as a Dice
// coefficient in 0..1. Figures, units and stop words never count (see read()).

/** Below this likeness a text is not suggested as a possible duplicate of another. */
export const DUPLICATE_MIN = 0.3

/** A concept in common is worth this many words in common. */
export const CONCEPT_WEIGHT = 3

export interface Fingerprint {
  /** Token → weight: 'c:<concept>' and 'w:<word>'. */
  tokens: Map<string, number>
  total: number
  /** The text as read (normalized), to name shared words as whole phrases. */
  text: string
}

export function fingerprint(text: string, dict: Dictionary = DICTIONARY): Fingerprint {
  const r = read(dict, text)
  const tokens = new Map<string, number>()
  for (const h of r.hits) tokens.set(`c:${h.id}`, CONCEPT_WEIGHT)
  for (const w of r.words) tokens.set(`w:${w}`, 1)
  let total = 0
  for (const v of tokens.values()) total += v
  return { tokens, total, text: normalizeText(text.slice(0, MAX_TEXT)) }
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
  const words = new Set<string>()
  for (const t of a.tokens.keys()) {
    if (!b.tokens.has(t)) continue
    if (t.startsWith('c:')) concepts.push(dict.concepts.get(t.slice(2))?.label ?? t.slice(2))
    else words.add(t.slice(2))
  }
  // Shared bigrams joined back into the phrases they come from (灵峰 + 峰路 + 路口 → 灵峰路口).
  const phrases: string[] = []
  const chars = [...a.text]
  let run = ''
  for (let i = 0; i < chars.length; i++) {
    const gram = chars[i] + (chars[i + 1] ?? '')
    if (words.has(gram)) run = run ? run + chars[i + 1] : gram
    else {
      if (run) phrases.push(run)
      run = ''
    }
  }
  if (run) phrases.push(run)
  const latin = [...words].filter((w) => /^[a-z]/.test(w))
  const named = [...new Set([...phrases, ...latin])].filter((p) => !concepts.some((c) => c.includes(p)))
  named.sort((x, y) => y.length - x.length)
  const kept: string[] = []
  for (const p of named) if (!kept.some((k) => k.includes(p))) kept.push(p)
  return [...concepts, ...kept].slice(0, max)
}
