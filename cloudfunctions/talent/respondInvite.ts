import { sql } from 'kysely'
import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { presentTeam, refreshTeamSkills } from './domain/teams'

/** Accept or decline an invitation; the second accepted member makes it a formed team. */
export const respondInvite = handler('talent', 'respondInvite', {
  access: own('answers an invitation addressed to the caller'),
  async run(ctx, { teamId, accept }) {
    const { db, user, now } = ctx
    const team = await db.selectFrom('talent_teams').selectAll().where('id', '=', teamId).forUpdate().executeTakeFirst()
    const row = team
      ? await db
          .selectFrom('talent_team_members')
          .select('status')
          .where('team_id', '=', teamId)
          .where('user_id', '=', user.id)
          .executeTakeFirst()
      : undefined
    if (!team || row?.status !== 'invited') return refuse('NOT_FOUND', '没有待回应的组队邀请')
    await db
      .updateTable('talent_team_members')
      .set({ status: accept ? 'accepted' : 'declined', responded_at: now })
      .where('team_id', '=', teamId)
      .where('user_id', '=', user.id)
      .execute()
    if (accept) {
      await refreshTeamSkills(db, teamId)
      await db
        .updateTable('talent_teams')
        .set({ formed_at: now })
        .where('id', '=', teamId)
        .where('formed_at', 'is', null)
        .where(
          sql<boolean>`(select count(*) from talent_team_members m where m.team_id = ${teamId} and m.status = 'accepted') >= 2`,
        )
        .execute()
    }
    await notify(ctx, {
      userId: team.leader_id,
      kind: 'talent_team_answer',
      data: { team: team.name, member: user.display_name, accepted: accept },
      page: '/subpackages/talent/teams',
      event: `talent_team_answer:${teamId}:${user.id}:${now.toISOString()}`,
    })
    return presentTeam(db, teamId)
  },
})
