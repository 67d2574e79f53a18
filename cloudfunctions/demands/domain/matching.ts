import { sql, type Transaction } from 'kysely'
import { RESOURCE_KINDS, type DemandCategory, type ResourceKind, type WishCategory } from '../../../contract/demands'
import type { DB } from '../../../server/db/schema'
import { meaningfulWord } from '../../../server/matching/text'

// Suggested matches (三张清单动态匹配): resources of the same kind a need calls for, in the same
// community (or offered district-wide), sharing words (character bigrams, GIN-indexed), with room
// for the people who need it. The words shown as shared go through the matching engine
// (server/matching): figures, units and stop words are never 共同词. Scored and ranked in SQL; nothing is held in memory.

export const KINDS_FOR_DEMAND: Record<DemandCategory, ResourceKind[]> = {
  hiring: ['hiring', 'training'],
  finance: ['finance'],
  approval: ['other'],
  tech: ['patent', 'lab', 'training'],
  policy: ['training', 'other'],
  application: ['training', 'other'],
  consultation: ['training', 'other'],
  land: ['other'],
  environment: ['lab'],
  equipment: ['finance', 'lab', 'repair'],
  talent: ['hiring', 'training'],
  other: ['meeting_room', 'other'],
}

export const KINDS_FOR_WISH: Record<WishCategory, ResourceKind[]> = {
  commute: ['bike'],
  schooling: ['childcare', 'training'],
  medical: ['medical'],
  leisure: ['sports', 'meeting_room'],
  other: ['other', 'repair'],
}

const MAX_WORDS = 48

export interface Need {
  communityId: number
  kinds: ResourceKind[]
  terms: string[]
  /** How many people need it (a wish's votes); resources with less room rank lower. */
  people: number
}

export async function suggest(db: Transaction<DB>, need: Need, limit = 5) {
  const kinds = sql`${sql.val(need.kinds)}::text[]`
  // A demand's words: those of its title and the start of its description are enough to match on.
  const words = need.terms.slice(0, MAX_WORDS)
  const terms = sql`${sql.val(words)}::text[]`
  // Words in common, counted without a subquery per resource: one membership test per word.
  const common = words.length
    ? sql.join(
        words.map((w) => sql`(${w} = any(r.terms))::int`),
        sql` + `,
      )
    : sql`0`
  const { rows } = await sql<{
    id: number
    title: string
    kind: ResourceKind
    provider: string
    place: string
    capacity: number | null
    same_kind: boolean
    local: boolean
    terms: string[]
    roomy: boolean
    score: number
  }>`
    select id, title, kind, provider, place, capacity, same_kind, local, terms, roomy,
      (case when same_kind then 3 else 0 end) + (case when local then 2 else 0 end)
        + least(common, 6) + (case when roomy then 1 else 0 end) as score
    from (
      select r.id, r.title, r.kind, r.provider, r.place, r.capacity, r.terms,
        r.kind = any(${kinds}) as same_kind,
        r.community_id is not null as local,
        ${common} as common,
        (r.capacity is null or r.capacity >= ${need.people}) as roomy
      from demand_resources r
      where r.active
        and (r.community_id = ${need.communityId} or r.community_id is null)
        and (r.kind = any(${kinds}) or r.terms && ${terms})
    ) m
    order by score desc, id
    limit ${limit}`.execute(db)
  const wanted = new Set(words)
  return rows.map((r) => ({
    resourceId: r.id,
    title: r.title,
    kind: r.kind,
    kindLabel: RESOURCE_KINDS[r.kind],
    provider: r.provider,
    place: r.place,
    capacity: r.capacity,
    score: Number(r.score),
    reasons: [
      ...(r.same_kind ? ['同类资源'] : []),
      r.local ? '本社区' : '全区共享',
      ...((words) => (words.length ? [`共同词：${words.slice(0, 4).join('、')}`] : []))(
        r.terms.filter((t) => wanted.has(t) && meaningfulWord(t)),
      ),
      ...(r.capacity !== null ? [r.roomy ? `容量 ${r.capacity}` : `容量仅 ${r.capacity}`] : []),
    ],
  }))
}
