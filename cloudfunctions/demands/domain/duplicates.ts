import { sql, type Transaction } from 'kysely'
import type { DemandStatus } from '../../../contract/demands'
import type { DB } from '../../../server/db/schema'
import { DUPLICATE_MIN, fingerprint, shared, similarity } from '../../../server/matching/similar'
import { OPEN_STATUSES } from './lifecycle'

// Likely duplicates of a demand (可能与 #123 重复): open demands of the same community sharing
// words (the GIN-indexed bigrams find a few dozen with the most in common), then weighed by the
// matching engine (server/matching/similar.ts: concepts and words, never figures or stop words)
// and kept only when alike enough. Shown to the social worker who may merge them, and to a
// liaison about to file (their own enterprise's only; of others', only how many).

const CANDIDATES = 30

interface Text {
  community_id: number
  title: string
  description: string
  terms: string[]
}

/** Open demands of the text's community alike enough to it, most alike first. */
export async function alikeOpenDemands(db: Transaction<DB>, t: Text, exceptId: number | null = null) {
  if (!t.terms.length) return []
  const { rows } = await sql<{
    id: number
    title: string
    description: string
    enterprise_id: number
    status: DemandStatus
  }>`
    select x.id, x.title, x.description, x.enterprise_id, x.status
    from demands x
    cross join lateral (
      select count(*)::int as common from unnest(x.terms) t where t = any(${t.terms}::text[])) c
    where x.community_id = ${t.community_id} and x.id <> ${exceptId ?? -1}
      and x.status = any(${[...OPEN_STATUSES]}::text[])
      and x.terms && ${t.terms}::text[]
    order by c.common desc, x.id desc
    limit ${CANDIDATES}`.execute(db)
  const mine = fingerprint(`${t.title} ${t.description}`)
  return rows
    .map((r) => {
      const theirs = fingerprint(`${r.title} ${r.description}`)
      return { ...r, s: similarity(mine, theirs), words: shared(mine, theirs) }
    })
    .filter((x) => x.s >= DUPLICATE_MIN)
    .sort((a, b) => b.s - a.s || b.id - a.id)
}

export const duplicateReason = (id: number, words: string[]) =>
  `可能与 #${id} 重复${words.length ? `：都提到${words.join('、')}` : ''}`

/** For the social worker on a demand's page: the few open demands it may duplicate. */
export async function possibleDuplicates(db: Transaction<DB>, d: Text & { id: number }, limit = 3) {
  return (await alikeOpenDemands(db, d, d.id))
    .slice(0, limit)
    .map((x) => ({ id: x.id, title: x.title, reason: duplicateReason(x.id, x.words) }))
}
