import type { Feature } from '../../server/core/feature'

/** What canteens do when the core raises a moment (server/core/events.ts). */
export const canteenEvents: Feature['on'] = {
  /** A waiting rider verification moves to the new community's 社工 with its rider. */
  async communityMoved(ctx, { userId, to, moved }) {
    const r = await ctx.db
      .updateTable('rider_verifications')
      .set({ community_id: to })
      .where('user_id', '=', userId)
      .where('status', '=', 'pending')
      .executeTakeFirst()
    moved.count += Number(r.numUpdatedRows)
  },
}
