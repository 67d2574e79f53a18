import type { TxCtx } from '../core/tx'
import { normalizeCode } from './code'

export type RedeemOutcome =
  | { status: 'redeemed'; reservationId: number; startsAt: Date; endsAt: Date }
  | { status: 'unknownCode' }
  /** A code of another canteen, activity… */
  | { status: 'otherOwner' }
  | { status: 'alreadyRedeemed'; at: Date; byName: string | null }
  | { status: 'cancelled' | 'waitlisted' | 'noShow' }
  /** Holds a seat but is not yet a registration: awaiting approval, or an offer not taken up. */
  | { status: 'awaiting' }
  /** Outside the window in which the code may be used. */
  | { status: 'outsideWindow'; startsAt: Date }

/**
 * Use a reservation's code at the door or counter, once. Every refusal is an outcome the
 * feature words for its people ("核销" at a counter, "签到" at a door); nothing changes then.
 */
export async function redeem(
  ctx: TxCtx,
  r: {
    code: string
    kind: string
    ownerId: number
    by: number
    /** Usable from this many minutes before the slot starts until it ends (omitted: any time). */
    opensBeforeMin?: number
  },
): Promise<RedeemOutcome> {
  const row = await ctx.db
    .selectFrom('reservations as r')
    .innerJoin('slots as s', 's.id', 'r.slot_id')
    .leftJoin('users as staff', 'staff.id', 'r.redeemed_by')
    .select([
      'r.id',
      'r.status',
      'r.redeemed_at',
      'staff.display_name as redeemed_by_name',
      's.kind',
      's.owner_id',
      's.starts_at',
      's.ends_at',
    ])
    .where('r.code', '=', normalizeCode(r.code))
    .forUpdate('r')
    .executeTakeFirst()
  if (!row) return { status: 'unknownCode' }
  if (row.kind !== r.kind || row.owner_id !== r.ownerId) return { status: 'otherOwner' }
  if (row.status === 'redeemed') {
    return { status: 'alreadyRedeemed', at: new Date(row.redeemed_at!), byName: row.redeemed_by_name }
  }
  if (row.status === 'cancelled' || row.status === 'waitlisted') return { status: row.status }
  if (row.status === 'no_show') return { status: 'noShow' }
  if (row.status === 'pending' || row.status === 'offered') return { status: 'awaiting' }
  const startsAt = new Date(row.starts_at)
  const endsAt = new Date(row.ends_at)
  if (r.opensBeforeMin !== undefined) {
    const opens = startsAt.getTime() - r.opensBeforeMin * 60_000
    if (ctx.now.getTime() < opens || ctx.now >= endsAt) return { status: 'outsideWindow', startsAt }
  }
  await ctx.db
    .updateTable('reservations')
    .set({ status: 'redeemed', redeemed_at: ctx.now, redeemed_by: r.by })
    .where('id', '=', row.id)
    .execute()
  return { status: 'redeemed', reservationId: Number(row.id), startsAt, endsAt }
}
