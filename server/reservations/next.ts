import type { TxCtx } from '../core/tx'
import { LIVE } from './status'

/**
 * A person's next live reservations of one kind (the soonest not yet ended): for the features'
 * `next` (the home page's 「接下来」 card). Each feature names what the slot's owner is.
 */
export async function nextReservations(ctx: TxCtx, userId: number, kind: string, limit = 1) {
  return ctx.db
    .selectFrom('reservations as r')
    .innerJoin('slots as s', 's.id', 'r.slot_id')
    .select(['r.id', 'r.status', 's.owner_id', 's.starts_at'])
    .where('r.user_id', '=', userId)
    .where('s.kind', '=', kind)
    .where('r.status', 'in', [...LIVE])
    .where('s.ends_at', '>', ctx.now)
    .orderBy('s.starts_at')
    .limit(limit)
    .execute()
}
