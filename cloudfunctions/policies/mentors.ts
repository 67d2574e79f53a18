import { sql } from 'kysely'
import type { WeeklyHour } from '../../contract/policies'
import { handler } from '../../server/core/define-function'
import { holdsMentorRole, hourKey, hourStates, mentorStats, upcomingHours } from './domain/mentors'

/** 青创导师: who they are, what they help with, their rating and their next free hour. */
export const mentors = handler('policies', 'mentors', {
  access: 'public',
  async run(ctx, { topic }) {
    let q = ctx.db
      .selectFrom('mentors as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .leftJoin('communities as c', 'c.id', 'm.community_id')
      .selectAll('m')
      .select(['u.display_name', 'c.name as community_name'])
      .where('m.active', '=', true)
      .where('u.disabled', '=', false)
      .where(holdsMentorRole)
      .orderBy('m.user_id')
    if (topic) q = q.where(sql<boolean>`${topic} = any(m.topics)`)
    const rows = await q.execute()
    const ids = rows.map((r) => r.user_id)
    const stats = await mentorStats(ctx, ids)
    const states = await hourStates(ctx, ids, ctx.user?.id ?? null)
    return {
      items: rows.map((r) => {
        const next = upcomingHours(r.weekly_hours as WeeklyHour[], ctx.now).find(
          (h) => (states.get(hourKey(r.user_id, h.startsAt)) ?? 'free') === 'free',
        )
        return {
          id: r.user_id,
          name: r.display_name,
          field: r.field,
          background: r.background,
          communityName: r.community_name,
          languages: r.languages,
          topics: r.topics as never,
          ...(stats.get(r.user_id) ?? { rating: null, ratings: 0, sessions: 0 }),
          nextFree: next ? next.startsAt.toISOString() : null,
        }
      }),
    }
  },
})
