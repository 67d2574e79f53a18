import { ORDER_STATUS } from '../../contract/lab'
import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { cancelReservation } from '../../server/reservations/cancel'
import { orderLiaison } from './domain/access'
import { canMove } from './domain/flow'
import { presentOrder } from './domain/present'
import { holdersOf } from '../../server/people/grants'

/**
 * The enterprise's liaison cancels its order before the samples are received: the drop-off place
 * goes back to the day on the reservation core, the order becomes 已取消, and the lab's staff are
 * told. Once the lab has received the samples it is refused (退样 is the lab's to do).
 */
export const cancelOrder = handler('lab', 'cancelOrder', {
  access: orderLiaison('orderId'),
  async run(ctx) {
    const { db, user, now } = ctx
    const { order: o, lab } = ctx.target
    if (!canMove(o.status, 'cancelled')) {
      if (o.status === 'cancelled') refuse('CONFLICT', '订单已取消')
      refuse(
        'CONFLICT',
        `订单${ORDER_STATUS[o.status]}，不能取消${o.status === 'returned' ? '' : '；如需取回样品，请联系实验室退样'}`,
      )
    }
    if (o.reservation_id !== null)
      await cancelReservation(ctx, {
        reservationId: Number(o.reservation_id),
        by: { userId: user.id },
        reason: '企业取消检测订单',
      })
    await db.updateTable('lab_orders').set({ status: 'cancelled', cancelled_at: now }).where('id', '=', o.id).execute()
    const enterprise = await db
      .selectFrom('enterprises')
      .select('name')
      .where('id', '=', o.enterprise_id)
      .executeTakeFirstOrThrow()
    for (const userId of await holdersOf(db, 'lab_staff', lab.id))
      await notify(ctx, {
        userId,
        kind: 'lab_cancelled',
        data: { lab: lab.name, code: o.code, enterprise: enterprise.name, date: o.dropoff_date },
        page: '/subpackages/lab/desk',
        event: `lab_cancelled:${o.id}`,
      })
    return presentOrder(db, o.id, { staff: false, now, liaisonOf: [o.enterprise_id] })
  },
})
