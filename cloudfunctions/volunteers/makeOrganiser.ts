import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { teamKeeper } from './domain/access'
import { presentTeam } from './domain/present'

/** A 社工 of the community makes an active member an organiser of the team. */
export const makeOrganiser = handler('volunteers', 'makeOrganiser', {
  access: teamKeeper('teamId', { roles: ['social_worker', 'admin'] }),
  async run(ctx, { userId }) {
    const team = ctx.target
    const row = await ctx.db
      .updateTable('volunteer_members')
      .set({ organiser: true })
      .where('team_id', '=', team.id)
      .where('user_id', '=', userId)
      .where('status', '=', 'active')
      .returning('user_id')
      .executeTakeFirst()
    if (!row) return refuse('BAD_REQUEST', '只能指定本队已通过审核的队员为组织者')
    await audit(ctx, {
      actorId: ctx.user.id,
      action: 'volunteers.organiser.grant',
      subject: { type: 'volunteer_member', id: `${team.id}:${userId}` },
      communityId: team.community_id,
    })
    return presentTeam(ctx.db, team, ctx.user)
  },
})
