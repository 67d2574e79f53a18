import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { presentTeam } from './domain/present'

/** A community's volunteer teams with the caller's standing in each (public, like the community's lists). */
export const teams = handler('volunteers', 'teams', {
  access: 'public',
  async run({ db, user }, input) {
    const communityId =
      input.communityId ??
      user?.community_id ??
      (await db.selectFrom('communities').select('id').orderBy('id').executeTakeFirst())?.id
    const community = communityId
      ? await db.selectFrom('communities').select(['id', 'name']).where('id', '=', communityId).executeTakeFirst()
      : undefined
    if (!community) return refuse('NOT_FOUND', '社区不存在')
    const rows = await db
      .selectFrom('volunteer_teams')
      .selectAll()
      .where('community_id', '=', community.id)
      .orderBy('id')
      .execute()
    const items = []
    for (const t of rows) items.push(await presentTeam(db, t, user))
    return { community, items }
  },
})
