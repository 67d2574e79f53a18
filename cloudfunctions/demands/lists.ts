import { DEMAND_CATEGORIES, type DemandCategory } from '../../contract/demands'
import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { isCommunityStaff } from '../../server/people/staff'
import { OPEN_STATUSES } from './domain/lifecycle'
import { presentSummaries } from './domain/present'
import { presentResource, presentWishes } from './domain/wishes'

/**
 * 三张清单 of a community: 企业所需 (open demands: counts for everyone, the demands themselves for
 * its staff), 职工所盼 (wishes, most wanted first) and 社区所能 (resources, its own and district-wide).
 */
export const lists = handler('demands', 'lists', {
  access: 'public',
  async run({ db, user, now }, input) {
    const communities = await db.selectFrom('communities').select(['id', 'name']).orderBy('id').execute()
    const communityId = input.communityId ?? user?.community_id ?? communities[0]?.id
    const community = communities.find((c) => c.id === communityId)
    if (!community) return refuse('NOT_FOUND', '社区不存在')
    const staff = isCommunityStaff(user, community.id)
    const counts = await db
      .selectFrom('demands')
      .select(['category', (eb) => eb.fn.countAll<number>().as('n')])
      .where('community_id', '=', community.id)
      .where('status', 'in', OPEN_STATUSES)
      .groupBy('category')
      .execute()
    const needs = (Object.keys(DEMAND_CATEGORIES) as DemandCategory[]).map((category) => ({
      category,
      label: DEMAND_CATEGORIES[category],
      open: Number(counts.find((c) => c.category === category)?.n ?? 0),
    }))
    let openDemands = null
    if (staff) {
      const rows = await db
        .selectFrom('demands as d')
        .innerJoin('communities as c', 'c.id', 'd.community_id')
        .innerJoin('enterprises as e', 'e.id', 'd.enterprise_id')
        .leftJoin('grids as g', 'g.id', 'd.grid_id')
        .selectAll('d')
        .select(['c.name as community_name', 'e.name as enterprise_name', 'g.name as grid_name'])
        .where('d.community_id', '=', community.id)
        .where('d.status', 'in', OPEN_STATUSES)
        .orderBy('d.id', 'desc')
        .limit(50)
        .execute()
      openDemands = await presentSummaries(db, rows, now)
    }
    const wishIds = await db
      .selectFrom('wishes')
      .select('id')
      .where('community_id', '=', community.id)
      .orderBy('status')
      .orderBy('votes', 'desc')
      .orderBy('id', 'desc')
      .limit(50)
      .execute()
    const resources = await db
      .selectFrom('demand_resources as r')
      .leftJoin('communities as c', 'c.id', 'r.community_id')
      .select([
        'r.id',
        'r.title',
        'r.description',
        'r.kind',
        'r.provider',
        'r.place',
        'r.capacity',
        'r.active',
        'c.name as community',
      ])
      .where((eb) => eb.or([eb('r.community_id', '=', community.id), eb('r.community_id', 'is', null)]))
      .where('r.active', '=', true)
      .orderBy('r.community_id')
      .orderBy('r.id')
      .limit(100)
      .execute()
    return {
      community,
      communities,
      needs,
      openDemands,
      wishes: await presentWishes(
        db,
        wishIds.map((w) => w.id),
        user?.id ?? null,
      ),
      resources: resources.map(presentResource),
      canManage: staff,
    }
  },
})
