import { sql, type Transaction } from 'kysely'
import type { DB } from '../../../server/db/schema'
import { DUPLICATE_MIN, fingerprint, shared, similarity } from '../../../server/matching/similar'
import { OPEN_STATUSES } from './lifecycle'

// Likely duplicates of a demand (可能与 #123 重复), for the social worker who may merge them: open
// demands of the same community sharing words (the GIN-indexed bigrams find a few dozen with the
// most in common), then weighed by the matching engine (server/matching/similar.ts: concepts and
// words, never figures or stop words) and shown only when alike enough.

const CANDIDATES = 30

export async function possibleDuplicates(
  db: Transaction<DB>,
  d: { id: number; community_id: number; title: string; description: string; terms: string[] },
  limit = 3,
) {
  if (!d.terms.length) return []
  const { rows } = await sql<{ id: number; title: string; description: string }>`
    select x.id, x.title, x.description
    from demands x
    cross join lateral (
      select count(*)::int as common from unnest(x.terms) t where t = any(${d.terms}::text[])) c
    where x.community_id = ${d.community_id} and x.id <> ${d.id}
      and x.status = any(${[...OPEN_STATUSES]}::text[])
      and x.terms && ${d.terms}::text[]
    order by c.common desc, x.id desc
    limit ${CANDIDATES}`.execute(db)
  const mine = fingerprint(`${d.title} ${d.description}`)
  return rows
    .map((r) => {
      const theirs = fingerprint(`${r.title} ${r.description}`)
      return { r, s: similarity(mine, theirs), words: shared(mine, theirs) }
    })
    .filter((x) => x.s >= DUPLICATE_MIN)
    .sort((a, b) => b.s - a.s || b.r.id - a.r.id)
    .slice(0, limit)
    .map(({ r, words }) => ({
      id: r.id,
      title: r.title,
      reason: `可能与 #${r.id} 重复${words.length ? `：都提到${words.join('、')}` : ''}`,
    }))
}
