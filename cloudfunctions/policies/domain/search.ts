import { sql, type Expression, type SqlBool } from 'kysely'
import { BENEFIT_KINDS, POLICY_CATEGORIES, POLICY_TOPICS, type PolicyEdit } from '../../../contract/policies'
import { PLACES } from '../../../contract/policy-rules'
import { bigrams, likePattern, normalize } from '../../../server/text/bigrams'
import { loadPinyin, pinyinOf } from '../../../server/text/pinyin'

// Search columns, computed when a policy is written: Chinese bigrams (partial words: 人才 finds
// 人才贷) and the pinyin and initials of the title and topic ("rcd" and "rencai" find 人才贷),
// all in one GIN-indexed array; the texts recheck each candidate exactly.

const letterPairs = (prefix: string, s: string) => {
  const out: string[] = []
  for (let i = 0; i + 1 < s.length; i++) out.push(`${prefix}${s.slice(i, i + 2)}`)
  return out
}

/**
 * A policy's search columns. pinyin-pro (~450 KB of dictionaries) loads with the first policy
 * written, not on every cold start of the policies function (most calls only read).
 */
export async function searchColumns(
  p: Pick<PolicyEdit, 'code' | 'title' | 'topic' | 'category' | 'issuer' | 'region' | 'summary' | 'benefitKind'>,
) {
  const pinyin = await loadPinyin()
  const text = [
    p.title,
    p.code,
    POLICY_TOPICS[p.topic],
    POLICY_CATEGORIES[p.category],
    p.issuer,
    PLACES[p.region],
    BENEFIT_KINDS[p.benefitKind],
    p.summary,
  ]
  // Fields apart ('|'), so no match runs across two of them.
  const spoken = [p.title, POLICY_TOPICS[p.topic]].map((t) => pinyinOf(pinyin, t))
  const grams = new Set([
    ...bigrams(text.join(' ')),
    ...spoken.flatMap((s) => [...letterPairs('p:', s.full), ...letterPairs('i:', s.initials)]),
  ])
  return {
    bigrams: [...grams],
    search_text: normalize(text.join('|')),
    pinyin: spoken.map((s) => s.full).join('|'),
    initials: spoken.map((s) => s.initials).join('|'),
  }
}

/**
 * The filter for a search: every word must match. A word of Latin letters may be pinyin or
 * initials (or Latin text); anything else is Chinese text, found by its bigrams.
 */
export function searchFilter(q: string): Expression<SqlBool> | null {
  const words = normalize(q)
    .split(/[\s,，、]+/)
    .filter(Boolean)
  if (!words.length) return null
  const parts = words.map((w) => {
    // Two characters are one pair: the index alone is exact (pairs never span two fields).
    const like = (column: string) =>
      [...w].length === 2 ? sql<SqlBool>`true` : sql<SqlBool>`${sql.ref(column)} like ${likePattern(w)}`
    if (/^[a-z]{2,}$/.test(w)) {
      // Initials, pinyin or Latin text. The pairs only find candidates (an OR of exact index
      // scans); the texts decide. Kept apart so no row re-tests its whole bigram array.
      const has = (prefix: string) => sql`bigrams @> ${sql.val(letterPairs(prefix, w))}::text[]`
      const text =
        [...w].length === 2
          ? sql`true`
          : sql`(initials like ${likePattern(w)} or pinyin like ${likePattern(w)} or search_text like ${likePattern(w)})`
      return sql<SqlBool>`((${has('i:')} or ${has('p:')} or ${has('')}) and ${text})`
    }
    const grams = bigrams(w)
    return grams.length
      ? sql<SqlBool>`(bigrams @> ${sql.val(grams)}::text[] and ${like('search_text')})`
      : sql<SqlBool>`search_text like ${likePattern(w)}`
  })
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`
}
