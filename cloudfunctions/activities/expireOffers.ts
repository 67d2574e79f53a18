import type { TimerJob } from '../../server/core/define-function'
import { expireOffers as expire } from '../../server/reservations/offers'
import { activityById } from './domain/access'
import { announcePromoted, promoteAsFor } from './domain/lifecycle'

/** Every minute: offers not confirmed in time pass to the next in line. */
export const expireOffers: TimerJob = async (ctx) => {
  const activityOfSlot = async (slotId: number) => {
    const { id } = await ctx.db
      .selectFrom('activities')
      .select('id')
      .where('slot_id', '=', slotId)
      .executeTakeFirstOrThrow()
    return activityById(ctx.db, id)
  }
  const expired = await expire(ctx, {
    kind: 'activity',
    reason: '未在时限内确认，名额已顺延',
    promoteAs: async (slotId) => promoteAsFor(await activityOfSlot(slotId), ctx.now),
  })
  for (const e of expired) await announcePromoted(ctx, await activityOfSlot(e.slotId), e.promoted)
  return { expired: expired.length }
}
