import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { normalizeCode } from '../../server/reservations/code'
import { redeem } from '../../server/reservations/redeem'
import { labStaff } from './domain/access'
import { checkMove } from './domain/flow'
import { presentOrder, withOrderQr } from './domain/present'
import { recordStep } from './domain/progress'

/** Lab staff scan an order's QR (or type its code) when the samples arrive: 已收样. Audited. */
export const receive = handler('lab', 'receive', {
  access: labStaff('labId'),
  async run(ctx, { code }) {
    const { db, user, now, target: lab } = ctx
    const wanted = normalizeCode(code.replace(/^LIANSHE-LAB:/i, ''))
    const o = await db.selectFrom('lab_orders').selectAll().where('code', '=', wanted).forUpdate().executeTakeFirst()
    if (!o) return refuse('NOT_FOUND', `没有订单码为 ${wanted} 的检测订单`)
    if (o.lab_id !== lab.id) refuse('FORBIDDEN', '这是其他实验室的订单，不能在本实验室收样')
    checkMove(o.status, 'received')
    // The drop-off place is used (the reservation core's redeem, any time of day).
    await redeem(ctx, { code: o.code, kind: 'lab', ownerId: lab.id, by: user.id })
    await db.updateTable('lab_orders').set({ status: 'received', received_at: now }).where('id', '=', o.id).execute()
    await recordStep(ctx, user.id, lab, o, o.status, 'received', `预计 ${o.due_date} 出报告`)
    return presentOrder(db, o.id, { staff: true, now })
  },
  finish: withOrderQr,
})
