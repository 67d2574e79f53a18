import type { Transaction } from 'kysely'
import { refuse } from '../../../server/core/app-error'
import type { DB } from '../../../server/db/schema'

/** A demand row with what every rule needs to know about its place: community, grid and its social worker. */
export async function loadDemand(db: Transaction<DB>, id: number, lock = false) {
  let q = db
    .selectFrom('demands as d')
    .innerJoin('communities as c', 'c.id', 'd.community_id')
    .innerJoin('enterprises as e', 'e.id', 'd.enterprise_id')
    .leftJoin('grids as g', 'g.id', 'd.grid_id')
    .selectAll('d')
    .select([
      'c.name as community_name',
      'e.name as enterprise_name',
      'g.name as grid_name',
      'g.social_worker_id as grid_worker_id',
    ])
    .where('d.id', '=', id)
  // Every change to a demand holds its row: two departments accepting at once queue here.
  if (lock) q = q.forUpdate('d')
  const d = await q.executeTakeFirst()
  if (!d) return refuse('NOT_FOUND', '诉求不存在')
  return d
}

export type LoadedDemand = Awaited<ReturnType<typeof loadDemand>>
