import type { WeeklyHour } from '../../contract/policies'
import { handler } from '../../server/core/define-function'
import { mentorBookings } from './domain/mentors'

/** The mentor's desk: their profile and weekly hours, requests to decide, what is coming, what was held. */
export const mentorDesk = handler('policies', 'mentorDesk', {
  access: ['mentor'],
  async run(ctx) {
    const { db, user } = ctx
    const m = await db.selectFrom('mentors').selectAll().where('user_id', '=', user.id).executeTakeFirst()
    const all = await mentorBookings(ctx, { mentorId: user.id })
    return {
      profile: m
        ? {
            name: user.display_name,
            field: m.field,
            background: m.background,
            intro: m.intro,
            communityId: m.community_id,
            languages: m.languages,
            topics: m.topics as never,
            weeklyHours: m.weekly_hours as WeeklyHour[],
            active: m.active,
          }
        : null,
      requests: all.filter((b) => b.status === 'pending' && !b.past),
      upcoming: all.filter((b) => b.status === 'confirmed' && !b.past),
      past: all
        .filter((b) => b.past || b.status === 'cancelled')
        .reverse()
        .slice(0, 50),
    }
  },
})
