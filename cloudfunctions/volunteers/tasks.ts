import { handler } from '../../server/core/define-function'
import { teamById } from './domain/access'
import { presentTasks, presentTeam } from './domain/present'

/** A team's tasks, coming ones first then the last month's (public: a shift or an activity is no secret; who took it is for organisers). */
export const tasks = handler('volunteers', 'tasks', {
  access: 'public',
  async run({ db, user, now }, { teamId }) {
    const team = await teamById(db, teamId)
    const since = new Date(now.getTime() - 30 * 86_400_000)
    const rows = await db
      .selectFrom('volunteer_tasks')
      .select('id')
      .where('team_id', '=', team.id)
      .where('starts_at', '>=', since)
      .where('status', '!=', 'cancelled')
      .orderBy('starts_at', 'desc')
      .limit(100)
      .execute()
    return {
      team: await presentTeam(db, team, user),
      items: await presentTasks(
        db,
        rows.map((r) => r.id),
        user,
        now,
      ),
    }
  },
})
