import { ORDER_STATUS, type OrderStatus } from '../../../contract/lab'
import { refuse } from '../../../server/core/app-error'

// An order's way through the lab, forward only: 待送样 → 已收样 → 检测中 → 已出报告; samples may be
// returned (退样, with a reason) until testing is done; the enterprise may cancel (已取消) before the
// samples are received. Nothing ever moves back.
const NEXT: Record<OrderStatus, readonly OrderStatus[]> = {
  booked: ['received', 'returned', 'cancelled'],
  received: ['testing', 'returned'],
  testing: ['reported', 'returned'],
  reported: [],
  returned: [],
  cancelled: [],
}

export const canMove = (from: OrderStatus, to: OrderStatus) => NEXT[from].includes(to)

/** Refuse a move the flow does not allow, in words. */
export function checkMove(from: OrderStatus, to: OrderStatus) {
  if (canMove(from, to)) return
  if (from === to) refuse('CONFLICT', `订单已是「${ORDER_STATUS[to]}」`)
  if (from === 'reported' || from === 'returned' || from === 'cancelled')
    refuse('CONFLICT', `订单已${ORDER_STATUS[from].replace(/^已/, '')}，不能再改为「${ORDER_STATUS[to]}」`)
  refuse('CONFLICT', `订单当前为「${ORDER_STATUS[from]}」，不能改为「${ORDER_STATUS[to]}」（状态只能向前推进）`)
}
