import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'

/**
 * 不感兴趣 on a challenge or need recommended to the caller: it leaves their list, and the reason
 * teaches the ranking (challenges needing the same off-target skills, of that chain, or as far
 * away rank lower next time).
 */
export const dismiss = handler('talent', 'dismiss', {
  access: own("feedback on the caller's own recommendations"),
  async run({ db, user, now }, { challengeId, needId, reason }) {
    const profile = await db
      .selectFrom('talent_profiles')
      .select('user_id')
      .where('user_id', '=', user.id)
      .executeTakeFirst()
    if (!profile) refuse('NOT_FOUND', '请先填写专家档案')
    const exists = challengeId
      ? await db.selectFrom('talent_challenges').select('id').where('id', '=', challengeId).executeTakeFirst()
      : await db.selectFrom('talent_needs').select('id').where('id', '=', needId!).executeTakeFirst()
    if (!exists) refuse('NOT_FOUND', challengeId ? '榜单不存在' : '人才需求不存在')
    const r = await db
      .insertInto('talent_dismissals')
      .values({
        by_user: user.id,
        side: 'profile',
        profile_user_id: user.id,
        challenge_id: challengeId ?? null,
        need_id: needId ?? null,
        reason,
        created_at: now,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst()
    return { dismissed: Boolean(r) }
  },
})
