import { DEMAND_CATEGORIES } from '../../contract/demands'
import { PROJECT_PATHS, type ProjectFlow } from '../../contract/sharing'
import { handler } from '../../server/core/define-function'
import { isCommunityStaff } from '../../server/people/staff'

/** The demand filing page, prefilled with the project's category and title. */
const demandPath = (name: string, category: string) =>
  `/subpackages/demands/file?category=${encodeURIComponent(category)}&title=${encodeURIComponent(`参加「${name}」`)}`

/** The community's 全链共享 projects and where joining each goes. Anyone may read the catalogue. */
export const projects = handler('sharing', 'projects', {
  access: 'public',
  async run({ db, user }, { communityId }) {
    const wanted = communityId ?? user?.community_id ?? null
    let q = db.selectFrom('communities').select(['id', 'name'])
    q = wanted
      ? q.where('id', '=', wanted)
      : q.where('id', 'in', db.selectFrom('sharing_projects').select('community_id')).orderBy('id')
    const community = (await q.executeTakeFirst()) ?? null
    if (!community) return { community: null, items: [], canEdit: false, demandCategories: [] }
    const rows = await db
      .selectFrom('sharing_projects')
      .selectAll()
      .where('community_id', '=', community.id)
      .orderBy('sort')
      .orderBy('id')
      .execute()
    const canEdit = isCommunityStaff(user, community.id)
    return {
      community,
      canEdit,
      demandCategories: canEdit ? Object.entries(DEMAND_CATEGORIES).map(([key, label]) => ({ key, label })) : [],
      items: rows.map((p) => ({
        id: p.id,
        name: p.name,
        summary: p.summary,
        howToJoin: p.how_to_join,
        flow: p.flow,
        path:
          p.flow === 'demand'
            ? demandPath(p.name, p.demand_category)
            : PROJECT_PATHS[p.flow as Exclude<ProjectFlow, 'demand'>],
        demandCategory: p.demand_category,
        sort: p.sort,
        example: p.example,
      })),
    }
  },
})
