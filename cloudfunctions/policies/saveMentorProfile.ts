import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'

/**
 * A mentor keeps their own profile and weekly office hours (the role itself is granted by an
 * admin). Hours already booked stay booked when the weekly pattern changes.
 */
export const saveMentorProfile = handler('policies', 'saveMentorProfile', {
  access: ['mentor'],
  async run({ db, user, now }, p) {
    if (p.communityId !== null) {
      const c = await db.selectFrom('communities').select('id').where('id', '=', p.communityId).executeTakeFirst()
      if (!c) refuse('BAD_REQUEST', '所选社区不存在')
    }
    const values = {
      field: p.field,
      background: p.background,
      intro: p.intro,
      community_id: p.communityId,
      languages: p.languages,
      topics: p.topics,
      weekly_hours: JSON.stringify(p.weeklyHours),
      active: p.active,
      updated_at: now,
    }
    await db
      .insertInto('mentors')
      .values({ ...values, user_id: user.id, created_at: now })
      .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
      .execute()
    return { saved: true }
  },
})
