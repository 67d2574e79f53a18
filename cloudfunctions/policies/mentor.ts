import type { WeeklyHour } from '../../contract/policies'
import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { activeMentor, hourKey, hourStates, mentorStats, upcomingHours } from './domain/mentors'

/** A mentor's page: profile, the next two weeks of office hours (free, taken, yours), reviews. */
export const mentor = handler('policies', 'mentor', {
  access: 'public',
  async run(ctx, { id }) {
    const m = await activeMentor(ctx, id)
    if (!m) return refuse('NOT_FOUND', '导师不存在或暂停预约')
    const states = await hourStates(ctx, [id], ctx.user?.id ?? null)
    const hours = upcomingHours(m.weekly_hours as WeeklyHour[], ctx.now)
    const reviews = await ctx.db
      .selectFrom('mentor_feedback as f')
      .innerJoin('reservations as r', 'r.id', 'f.reservation_id')
      .innerJoin('slots as s', 's.id', 'r.slot_id')
      .select(['f.rating', 'f.comment', 'f.rated_at'])
      .where('s.kind', '=', 'mentor')
      .where('s.owner_id', '=', id)
      .where('f.rating', 'is not', null)
      .orderBy('f.rated_at', 'desc')
      .limit(10)
      .execute()
    const stats = (await mentorStats(ctx, [id])).get(id) ?? { rating: null, ratings: 0, sessions: 0 }
    const free = hours.find((h) => (states.get(hourKey(id, h.startsAt)) ?? 'free') === 'free')
    return {
      id,
      name: m.display_name,
      field: m.field,
      background: m.background,
      communityName: m.community_name,
      languages: m.languages,
      topics: m.topics as never,
      ...stats,
      nextFree: free ? free.startsAt.toISOString() : null,
      intro: m.intro,
      hours: hours.map((h) => ({
        startsAt: h.startsAt.toISOString(),
        endsAt: h.endsAt.toISOString(),
        place: h.place,
        state: states.get(hourKey(id, h.startsAt)) ?? ('free' as const),
      })),
      reviews: reviews.map((r) => ({
        rating: r.rating!,
        comment: r.comment ?? '',
        at: new Date(r.rated_at!).toISOString(),
      })),
    }
  },
})
