import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { challengeMatcher } from './domain/access'

/**
 * 不感兴趣 on an expert or team recommended for a challenge: they leave this challenge's list, and
 * the reason teaches the ranking (others with the same off-target skills, off the chain, or as
 * far away rank lower for this challenge).
 */
export const dismissTalent = handler('talent', 'dismissTalent', {
  access: challengeMatcher('challengeId'),
  async run({ db, user, now, target: c }, { profileId, teamId, reason }) {
    if (profileId !== undefined) {
      const p = await db
        .selectFrom('talent_profiles')
        .select('user_id')
        .where('user_id', '=', profileId)
        .executeTakeFirst()
      if (!p) refuse('NOT_FOUND', '专家不存在')
    } else {
      const t = await db.selectFrom('talent_teams').select('id').where('id', '=', teamId!).executeTakeFirst()
      if (!t) refuse('NOT_FOUND', '团队不存在')
    }
    const r = await db
      .insertInto('talent_dismissals')
      .values({
        by_user: user.id,
        side: 'challenge',
        challenge_id: c.id,
        profile_user_id: profileId ?? null,
        team_id: teamId ?? null,
        reason,
        created_at: now,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst()
    return { dismissed: Boolean(r) }
  },
})
