import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { notifyAll } from '../../server/notify/queue'
import { teamById } from './domain/access'
import { maskName } from '../../server/people/mask'
import { presentTeam } from './domain/present'
import { organiserIds } from './domain/people'

/** Sign up to a team from 我的: a member at once when the team says so, else waiting for an organiser. */
export const join = handler('volunteers', 'join', {
  access: own('signs the caller up to a volunteer team'),
  async run(ctx, { teamId, skills }) {
    const { db, user, now } = ctx
    const team = await teamById(db, teamId)
    const status = team.auto_approve ? 'active' : 'pending'
    const row = await db
      .insertInto('volunteer_members')
      .values({ team_id: team.id, user_id: user.id, status, skills, joined_at: now })
      .onConflict((oc) =>
        oc
          .columns(['team_id', 'user_id'])
          .doUpdateSet({ status, skills, joined_at: now, decided_by: null })
          .where('volunteer_members.status', '=', 'declined'),
      )
      .returning('status')
      .executeTakeFirst()
    if (!row) return refuse('CONFLICT', `你已报名「${team.name}」`)
    if (status === 'pending')
      await notifyAll(
        ctx,
        (await organiserIds(db, team)).map((userId) => ({
          userId,
          kind: 'volunteer_signup' as const,
          data: { team: team.name, name: maskName(user.display_name) },
          page: `/subpackages/volunteers/team?id=${team.id}`,
          event: `volunteer_signup:${team.id}:${user.id}:${now.getTime()}`,
        })),
      )
    return presentTeam(db, team, user)
  },
})
