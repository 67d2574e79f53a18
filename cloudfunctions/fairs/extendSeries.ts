import type { TimerCtx } from '../../server/core/define-function'
import { generateFairs } from './domain/schedule'

/**
 * Daily: every weekly series makes its fairs that came within its horizon (idempotent: a fair
 * already made, or cancelled, is left alone).
 */
export async function extendSeries(ctx: TimerCtx): Promise<{ made: number }> {
  const series = await ctx.db
    .selectFrom('fair_series')
    .select('id')
    .where('repeat', '=', 'weekly')
    .orderBy('id')
    .execute()
  let made = 0
  for (const s of series) made += (await generateFairs(ctx, s.id)).length
  return { made }
}
