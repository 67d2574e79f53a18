import { handler } from '../../server/core/define-function'
import { redeemCode } from '../../server/reservations/redeem'
import { canteenForStaff } from './domain/access'
import { presentForCounter } from './domain/present'

/** Counter: use a booking code (typed or scanned), once. Codes of other canteens are refused. */
export const redeem = handler<'canteen', 'redeem', 'signed-in'>({
  access: 'signed-in',
  async run({ db, user, now }, { canteenId, code }) {
    const canteen = await canteenForStaff(db, user, canteenId)
    const used = await redeemCode(db, {
      code: code.replace(/^lianshe:\/\/booking\//, ''),
      kind: 'canteen',
      ownerId: canteen.id,
      by: user.id,
      now,
      verb: '核销',
      ownerLabel: '本餐厅',
      opensBeforeMin: 120,
    })
    const row = await db
      .selectFrom('reservations as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select([
        'r.id',
        'r.code',
        'r.status',
        'r.details',
        'r.price_cents',
        'r.redeemed_at',
        'u.display_name',
        'u.phone',
      ])
      .where('r.id', '=', used.reservationId)
      .executeTakeFirstOrThrow()
    const booking = presentForCounter(row)
    const details = row.details as { date: string; start: string; end: string }
    return { booking, slot: `${details.date} ${details.start}–${details.end}` }
  },
})
