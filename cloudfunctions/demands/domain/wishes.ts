import type { Transaction } from 'kysely'
import { RESOURCE_KINDS, WISH_CATEGORIES, type Resource, type Wish } from '../../../contract/demands'
import type { DB } from '../../../server/db/schema'
import { maskName } from '../../../server/people/mask'
import { presentAttachment } from './attachments'

/** Wishes as the list shows them: the wisher masked, votes, whether the asker voted, photos, the linked resource. */
export async function presentWishes(db: Transaction<DB>, ids: number[], userId: number | null): Promise<Wish[]> {
  if (ids.length === 0) return []
  const rows = await db
    .selectFrom('wishes as w')
    .innerJoin('communities as c', 'c.id', 'w.community_id')
    .innerJoin('users as u', 'u.id', 'w.user_id')
    .leftJoin('demand_resources as r', 'r.id', 'w.resource_id')
    .select([
      'w.id',
      'w.title',
      'w.description',
      'w.category',
      'w.votes',
      'w.status',
      'w.user_id',
      'w.created_at',
      'c.name as community',
      'u.display_name',
      'r.id as resource_id',
      'r.title as resource_title',
      'r.provider as resource_provider',
    ])
    .where('w.id', 'in', ids)
    .execute()
  const voted = userId
    ? new Set(
        (
          await db
            .selectFrom('wish_votes')
            .select('wish_id')
            .where('user_id', '=', userId)
            .where('wish_id', 'in', ids)
            .execute()
        ).map((v) => v.wish_id),
      )
    : new Set<number>()
  const photos = await db
    .selectFrom('demand_attachments')
    .selectAll()
    .where('wish_id', 'in', ids)
    .where('claim_id', 'is', null)
    .orderBy('id')
    .execute()
  const byId = new Map(rows.map((w) => [w.id, w]))
  return ids
    .map((id) => byId.get(id))
    .filter((w): w is NonNullable<typeof w> => !!w)
    .map((w) => ({
      id: w.id,
      title: w.title,
      description: w.description,
      category: w.category,
      categoryLabel: WISH_CATEGORIES[w.category],
      community: w.community,
      wisher: maskName(w.display_name),
      votes: w.votes,
      votedByMe: voted.has(w.id),
      mine: w.user_id === userId,
      status: w.status,
      resource:
        w.resource_id !== null ? { id: w.resource_id, title: w.resource_title!, provider: w.resource_provider! } : null,
      photos: photos.filter((p) => p.wish_id === w.id).map(presentAttachment),
      createdAt: new Date(w.created_at).toISOString(),
    }))
}

export function presentResource(r: {
  id: number
  title: string
  description: string
  kind: keyof typeof RESOURCE_KINDS
  provider: string
  place: string
  capacity: number | null
  active: boolean
  community: string | null
}): Resource {
  return { ...r, kindLabel: RESOURCE_KINDS[r.kind] }
}
