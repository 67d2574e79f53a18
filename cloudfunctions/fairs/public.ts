// What other features may use of 专场招聘会 (DESIGN.md §6: features meet through public faces).
// The 零工市场's statistics (jobs.marketStats) show each community's fairs next to its postings.
import type { FairStats } from '../../contract/fairs'
import type { TxCtx } from '../../server/core/tx'
import { statsOf } from './domain/present'

/**
 * A community's fairs held so far (started by now, not cancelled): booths, seekers, 投递, 达成意向
 * and hires within 30 days of each fair — the figures of 结果统计, summed.
 */
export async function heldFairFigures(ctx: TxCtx, communityId: number): Promise<FairStats> {
  const held = await ctx.db
    .selectFrom('fairs')
    .select('id')
    .where('community_id', '=', communityId)
    .where('starts_at', '<=', ctx.now)
    .where('cancelled_at', 'is', null)
    .execute()
  return statsOf(
    ctx.db,
    held.map((f) => f.id),
  )
}
