import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { cancelReservation } from '../../server/reservations/cancel'
import { orderStaff } from './domain/access'
import { checkMove } from './domain/flow'
import { presentOrder } from './domain/present'
import { recordStep } from './domain/progress'

/** Lab staff: start testing, or return the samples (退样) with a reason. Forward only; audited. */
export const advance = handler('lab', 'advance', {
  access: orderStaff('orderId'),
  async run(ctx, { to, reason }) {
    const { db, user, now } = ctx
    const { order: o, lab } = ctx.target
    checkMove(o.status, to)
    if (to === 'returned' && !reason) refuse('BAD_REQUEST', '请填写退样原因')
    if (to === 'returned' && o.status === 'booked' && o.reservation_id !== null) {
      // Not brought yet: the drop-off place goes back to the day.
      await cancelReservation(ctx, { reservationId: Number(o.reservation_id), by: { userId: user.id }, reason })
    }
    await db
      .updateTable('lab_orders')
      .set(
        to === 'testing'
          ? { status: 'testing', testing_at: now }
          : { status: 'returned', returned_at: now, return_reason: reason },
      )
      .where('id', '=', o.id)
      .execute()
    await recordStep(ctx, user.id, lab, o, o.status, to, to === 'returned' ? `退样原因：${reason}` : '')
    return presentOrder(db, o.id, { staff: true, now })
  },
})
