import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { redeem as redeemCode } from '../../server/reservations/redeem'
import { redeemRefusal, redeemRefusalCode } from '../../server/text/redeem-refusal'
import { canteenStaff } from './domain/access'
import { presentForCounter } from './domain/present'

/** Counter: use a booking code (typed or scanned), once. Codes of other canteens are refused. */
export const redeem = handler('canteen', 'redeem', {
  access: canteenStaff('canteenId'),
  async run(ctx, { code }) {
    const { db, user, target: canteen } = ctx
    const used = await redeemCode(ctx, {
      code: code.replace(/^lianshe:\/\/booking\//, ''),
      kind: 'canteen',
      ownerId: canteen.id,
      by: user.id,
      opensBeforeMin: 120,
    })
    if (used.status !== 'redeemed') return refuse(redeemRefusalCode(used), redeemRefusal(used, '核销', '本餐厅'))
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
