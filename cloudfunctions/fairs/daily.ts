import type { TimerCtx } from '../../server/core/define-function'
import { markNoShows } from '../../server/reservations/close'
import { ENTRY_KIND, generateFairs } from './domain/schedule'

/**
 * Daily (WeChat allows one timer per function, so the day's jobs are one): every weekly series
 * makes its fairs that came within its horizon (idempotent: a fair already made, or cancelled, is
 * left alone), and registrations of fairs that ended without a check-in become 未到场.
 */
export async function daily(ctx: TimerCtx): Promise<{ made: number; noShows: number }> {
  const series = await ctx.db
    .selectFrom('fair_series')
    .select('id')
    .where('repeat', '=', 'weekly')
    .orderBy('id')
    .execute()
  let made = 0
  for (const s of series) made += (await generateFairs(ctx, s.id)).length
  return { made, noShows: await markNoShows(ctx, ENTRY_KIND) }
}
