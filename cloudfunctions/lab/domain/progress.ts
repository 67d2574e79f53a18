import { ORDER_STATUS, type OrderStatus } from '../../../contract/lab'
import { audit } from '../../../server/core/audit'
import type { TxCtx } from '../../../server/core/tx'
import { notify } from '../../../server/notify/queue'
import type { Lab } from './access'

/** After a step: the staff act in the audit log, and the enterprise's liaison told. */
export async function recordStep(
  ctx: TxCtx,
  by: number,
  lab: Lab,
  o: { id: number; code: string; user_id: number | null },
  from: OrderStatus,
  to: OrderStatus,
  note = '',
) {
  await audit(ctx, {
    actorId: by,
    action: `lab.order.${to}`,
    subject: { type: 'lab_order', id: o.id },
    communityId: lab.community_id,
    before: { status: from },
    after: { status: to, ...(note ? { note } : {}) },
  })
  if (o.user_id === null) return
  await notify(ctx, {
    userId: o.user_id,
    kind: 'lab_progress',
    data: { lab: lab.name, code: o.code, status: ORDER_STATUS[to], note },
    page: '/subpackages/lab/orders',
    event: `lab_${to}:${o.id}`,
  })
}
