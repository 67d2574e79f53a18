import type { Transaction } from 'kysely'
import type { DB } from '../db/schema'
import { refuse } from '../core/app-error'
import { formatShanghai } from '../time/shanghai'
import { normalizeCode } from './code'

type Trx = Transaction<DB>

/**
 * Use a reservation's code at the door or counter, once. A second use says when and by whom
 * it was used; a code of another place is refused, and nothing changes.
 */
export async function redeemCode(
  db: Trx,
  r: {
    code: string
    kind: string
    ownerId: number
    by: number
    now: Date
    verb: string
    ownerLabel: string
    /** Usable from this many minutes before the slot starts until it ends. */
    opensBeforeMin?: number
  },
) {
  const row = await db
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
  if (!row) return refuse('NOT_FOUND', '预约码不存在，请核对后重试')
  if (row.kind !== r.kind || row.owner_id !== r.ownerId) return refuse('FORBIDDEN', `这不是${r.ownerLabel}的预约码`)
  if (row.status === 'redeemed') {
    return refuse(
      'CONFLICT',
      `该预约码已于 ${formatShanghai(new Date(row.redeemed_at!))} 由 ${row.redeemed_by_name ?? '工作人员'} ${r.verb}，不能重复${r.verb}`,
    )
  }
  if (row.status === 'cancelled') return refuse('CONFLICT', '该预约已取消')
  if (row.status === 'waitlisted') return refuse('CONFLICT', '该预约仍在候补，尚未获得名额')
  if (row.status === 'no_show') return refuse('CONFLICT', '该预约已过时未到，已计为爽约')
  if (r.opensBeforeMin !== undefined) {
    const opens = new Date(row.starts_at).getTime() - r.opensBeforeMin * 60_000
    if (r.now.getTime() < opens || r.now >= new Date(row.ends_at)) {
      return refuse('CONFLICT', `这是 ${formatShanghai(new Date(row.starts_at))} 的预约，请在该时段内${r.verb}`)
    }
  }
  await db
    .updateTable('reservations')
    .set({ status: 'redeemed', redeemed_at: r.now, redeemed_by: r.by })
    .where('id', '=', row.id)
    .execute()
  return { reservationId: Number(row.id), startsAt: new Date(row.starts_at), endsAt: new Date(row.ends_at) }
}
