import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { presentTeam, refreshTeamSkills } from './domain/teams'

/** Start a team (联合攻关团队); the caller leads it. It is formed once another member accepts. */
export const createTeam = handler('talent', 'createTeam', {
  access: ['expert'],
  async run({ db, user, now }, { name, intro }) {
    const profile = await db
      .selectFrom('talent_profiles')
      .select('user_id')
      .where('user_id', '=', user.id)
      .executeTakeFirst()
    if (!profile) refuse('CONFLICT', '请先填写专家档案，再组建团队')
    const { id } = await db
      .insertInto('talent_teams')
      .values({ name, intro, leader_id: user.id, community_id: user.community_id, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    await db
      .insertInto('talent_team_members')
      .values({ team_id: id, user_id: user.id, status: 'accepted', invited_at: now, responded_at: now })
      .execute()
    await refreshTeamSkills(db, id)
    return presentTeam(db, id)
  },
})
