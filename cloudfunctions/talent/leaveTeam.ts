import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { presentTeam, refreshTeamSkills } from './domain/teams'

/** Leave a team the caller belongs to (its leader stays: a team always has someone to answer for it). */
export const leaveTeam = handler('talent', 'leaveTeam', {
  access: own('the caller leaves a team they belong to'),
  async run({ db, user, now }, { teamId }) {
    const team = await db
      .selectFrom('talent_teams')
      .select(['id', 'leader_id'])
      .where('id', '=', teamId)
      .forUpdate()
      .executeTakeFirst()
    if (team?.leader_id === user.id) refuse('CONFLICT', '团队负责人不能退出团队')
    const r = team
      ? await db
          .updateTable('talent_team_members')
          .set({ status: 'left', responded_at: now })
          .where('team_id', '=', teamId)
          .where('user_id', '=', user.id)
          .where('status', '=', 'accepted')
          .executeTakeFirst()
      : undefined
    if (!team || !r || Number(r.numUpdatedRows) === 0) return refuse('NOT_FOUND', '你不在这个团队中')
    await refreshTeamSkills(db, teamId)
    return presentTeam(db, teamId)
  },
})
