// Plain words, no zod: lab's manifest (personal data, bundled by every function) names an order's
// status without carrying the lab contract's schemas.
export const ORDER_STATUS = {
  booked: '待送样',
  received: '已收样',
  testing: '检测中',
  reported: '已出报告',
  returned: '已退样',
  cancelled: '已取消',
} as const
export type OrderStatus = keyof typeof ORDER_STATUS
