import { handler } from '../../server/core/define-function'
import { enterprisesOf } from '../../server/people/roles'
import { orderViewer } from './domain/access'
import { presentOrder, withOrderQr } from './domain/present'

/** One order, for its enterprise or the lab's staff. */
export const orderDetail = handler('lab', 'orderDetail', {
  access: orderViewer('orderId'),
  run: ({ db, now, user, target }, { orderId }) =>
    presentOrder(db, orderId, { staff: target.staff, now, liaisonOf: enterprisesOf(user) }),
  finish: withOrderQr,
})
