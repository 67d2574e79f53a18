/**
 * Character bigrams for Chinese search (DESIGN.md §3): "骑手驿站" → 骑手, 手驿, 驿站.
 * Whitespace and punctuation split the text; Latin letters are lower-cased.
 */
export function bigrams(text: string): string[] {
  const out = new Set<string>()
  for (const part of normalize(text).split(/[\s\p{P}\p{S}]+/u)) {
    const chars = [...part]
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1])
  }
  return [...out]
}

export const normalize = (text: string) => text.toLowerCase().normalize('NFKC').trim()

/** LIKE pattern that matches `q` literally. */
export const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
