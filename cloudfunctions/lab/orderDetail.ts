import { handler } from '../../server/core/define-function'
import { orderViewer } from './domain/access'
import { presentOrder, withOrderQr } from './domain/present'

/** One order, for its enterprise or the lab's staff. */
export const orderDetail = handler('lab', 'orderDetail', {
  access: orderViewer('orderId'),
  run: ({ db, now, target }, { orderId }) => presentOrder(db, orderId, { staff: target.staff, now }),
  finish: withOrderQr,
})
