import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { teamOrganiser } from './domain/access'
import { presentTeam } from './domain/present'

/** An organiser approves or declines a sign-up; the person is told. */
export const decideMember = handler('volunteers', 'decideMember', {
  access: teamOrganiser('teamId'),
  async run(ctx, { userId, approve }) {
    const { db, target: team } = ctx
    const row = await db
      .updateTable('volunteer_members')
      .set({ status: approve ? 'active' : 'declined', decided_by: ctx.user.id })
      .where('team_id', '=', team.id)
      .where('user_id', '=', userId)
      .where('status', '=', 'pending')
      .returning('user_id')
      .executeTakeFirst()
    if (!row) return refuse('CONFLICT', '没有这位待审核的报名')
    await audit(ctx, {
      actorId: ctx.user.id,
      action: approve ? 'volunteers.member.approve' : 'volunteers.member.decline',
      subject: { type: 'volunteer_member', id: `${team.id}:${userId}` },
      communityId: team.community_id,
    })
    await notify(ctx, {
      userId,
      kind: 'volunteer_joined',
      data: { team: team.name, result: approve ? '报名已通过，欢迎加入' : '这次报名未通过' },
      page: '/subpackages/volunteers/mine',
      event: `volunteer_joined:${team.id}:${userId}:${ctx.now.getTime()}`,
    })
    return presentTeam(db, team, ctx.user)
  },
})
