import { handler, own } from '../../server/core/define-function'
import { presentTeam } from './domain/teams'

/** The caller's teams and the invitations waiting for their answer. */
export const myTeams = handler('talent', 'myTeams', {
  access: own("the caller's own teams and invitations"),
  async run({ db, user }) {
    const rows = await db
      .selectFrom('talent_team_members')
      .select(['team_id', 'status'])
      .where('user_id', '=', user.id)
      .where('status', 'in', ['accepted', 'invited'])
      .orderBy('team_id', 'desc')
      .execute()
    type Team = Awaited<ReturnType<typeof presentTeam>>
    const teams: Team[] = []
    const invitations: Team[] = []
    for (const r of rows) (r.status === 'accepted' ? teams : invitations).push(await presentTeam(db, r.team_id))
    return { teams, invitations }
  },
})
