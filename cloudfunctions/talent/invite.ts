import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { teamLeader } from './domain/access'
import { presentTeam } from './domain/teams'

/** The leader invites an expert; they join only by accepting. */
export const invite = handler('talent', 'invite', {
  access: teamLeader('teamId'),
  async run(ctx, { userId }) {
    const { db, user, now, target: team } = ctx
    if (userId === user.id) refuse('BAD_REQUEST', '不能邀请自己')
    const expert = await db
      .selectFrom('talent_profiles')
      .select('user_id')
      .where('user_id', '=', userId)
      .executeTakeFirst()
    if (!expert) refuse('NOT_FOUND', '只能邀请已建立专家档案的人')
    const current = await db
      .selectFrom('talent_team_members')
      .select('status')
      .where('team_id', '=', team.id)
      .where('user_id', '=', userId)
      .executeTakeFirst()
    if (current?.status === 'accepted') refuse('CONFLICT', '对方已是团队成员')
    if (current?.status === 'invited') refuse('CONFLICT', '已发出邀请，等待对方回应')
    await db
      .insertInto('talent_team_members')
      .values({ team_id: team.id, user_id: userId, status: 'invited', invited_at: now })
      .onConflict((oc) =>
        oc.columns(['team_id', 'user_id']).doUpdateSet({ status: 'invited', invited_at: now, responded_at: null }),
      )
      .execute()
    await notify(ctx, {
      userId,
      kind: 'talent_team_invite',
      data: { team: team.name, leader: user.display_name },
      page: '/subpackages/talent/teams',
      event: `talent_team_invite:${team.id}:${now.toISOString()}`,
    })
    return presentTeam(db, team.id)
  },
})
