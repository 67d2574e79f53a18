import { ORDER_STATUS } from '../../contract/lab'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { sheetBase64 } from '../../server/sheets'
import { shanghaiInstant } from '../../server/time/shanghai'
import { labStaff } from './domain/access'

/** Lab staff: a month's orders (by order date) as .xlsx or CSV, built after commit. Audited. */
export const exportOrders = handler('lab', 'exportOrders', {
  access: labStaff('labId'),
  async run(ctx, { month }) {
    const { db, user, target: lab } = ctx
    const [y, m] = month.split('-').map(Number)
    const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
    const rows = await db
      .selectFrom('lab_orders as o')
      .innerJoin('enterprises as e', 'e.id', 'o.enterprise_id')
      .select([
        'o.code',
        'e.name as enterprise',
        'o.status',
        'o.dropoff_date',
        'o.due_date',
        'o.samples',
        'o.market_cents',
        'o.lab_cents',
        'o.created_at',
        'o.return_reason',
      ])
      .where('o.lab_id', '=', lab.id)
      .where('o.created_at', '>=', shanghaiInstant(`${month}-01`))
      .where('o.created_at', '<', shanghaiInstant(`${next}-01`))
      .orderBy('o.id')
      .execute()
    await audit(ctx, {
      actorId: user.id,
      action: 'lab.orders.export',
      subject: { type: 'lab', id: lab.id },
      communityId: lab.community_id,
      after: { month, rows: rows.length },
    })
    return { name: lab.name, month, rows }
  },
  async finish({ name, month, rows }, _ctx, { format }) {
    const sheet = {
      name: `${month} 检测订单`,
      header: [
        '订单码',
        '企业',
        '状态',
        '送样日期',
        '预计出报告',
        '样品数',
        '市场价（元）',
        '实验室价（元）',
        '节省（元）',
        '退样原因',
      ],
      rows: rows.map((r) => [
        r.code,
        r.enterprise,
        ORDER_STATUS[r.status],
        r.dropoff_date,
        r.due_date,
        r.samples,
        r.market_cents / 100,
        r.lab_cents / 100,
        (r.market_cents - r.lab_cents) / 100,
        r.return_reason ?? '',
      ]),
      freezeHeader: true,
    }
    return {
      filename: `${name}-${month}-检测订单.${format}`,
      base64: await sheetBase64(format, sheet),
      rows: rows.length,
    }
  },
})
