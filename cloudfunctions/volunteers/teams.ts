import { handler } from '../../server/core/define-function'
import { communityShown } from '../../server/people/community-shown'
import { presentTeam } from './domain/present'

/** A community's volunteer teams with the caller's standing in each (public, like the community's lists). */
export const teams = handler('volunteers', 'teams', {
  access: 'public',
  async run({ db, user }, input) {
    const community = await communityShown(db, user, input.communityId)
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
