import { handler } from '../../server/core/define-function'
import { likePattern } from '../../server/text/bigrams'
import { communityReach } from './domain/access'
import { presentEnterprise } from './domain/enterprises'

const PAGE_SIZE = 30

/** Enterprises in the caller's reach, by community, grid and name or credit code; paged. */
export const enterprises = handler('admin', 'enterprises', {
  access: communityReach('communityId'),
  async run({ db, target: reach }, { gridId, q, page }) {
    let query = db
      .selectFrom('enterprises as e')
      .innerJoin('communities as c', 'c.id', 'e.community_id')
      .leftJoin('grids as g', 'g.id', 'e.grid_id')
    if (reach.communityIds !== null)
      query = query.where('e.community_id', 'in', reach.communityIds.length ? reach.communityIds : [-1])
    if (gridId) query = query.where('e.grid_id', '=', gridId)
    const text = q?.trim()
    if (text) {
      query = query.where((eb) =>
        eb.or([
          eb('e.name', 'ilike', likePattern(text)),
          eb('e.credit_code', 'ilike', likePattern(text.toUpperCase())),
        ]),
      )
    }
    const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow()
    const rows = await query
      .selectAll('e')
      .select(['c.name as community', 'g.name as grid'])
      .orderBy('e.community_id')
      .orderBy('e.id')
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE)
      .execute()
    // Everyone who sees this list keeps these records (an admin, the community's 社工): phones in full.
    return { items: rows.map((r) => presentEnterprise(r, true)), total: Number(total), page, pageSize: PAGE_SIZE }
  },
})
