import { ORDER_STATUS } from '../../contract/lab-words'
import type { PersonalData } from '../../server/core/feature'

/** Test orders a liaison placed for their enterprise. */
export const labPersonalData: PersonalData = {
  tables: ['lab_orders'],
  goes: ['共享实验室检测订单与下单人的关联（订单与报告仍归企业所有）'],
  stays: ['企业的检测订单、检测报告与实验室统计'],
  async export({ db }, userId) {
    const orders = await db
      .selectFrom('lab_orders as o')
      .innerJoin('labs as l', 'l.id', 'o.lab_id')
      .innerJoin('enterprises as e', 'e.id', 'o.enterprise_id')
      .select([
        'o.code',
        'l.name as lab',
        'e.name as enterprise',
        'o.status',
        'o.dropoff_date',
        'o.due_date',
        'o.samples',
        'o.lab_cents',
        'o.created_at',
      ])
      .where('o.user_id', '=', userId)
      .orderBy('o.id')
      .execute()
    return {
      labOrders: orders.map((o) => ({
        code: o.code,
        lab: o.lab,
        enterprise: o.enterprise,
        status: ORDER_STATUS[o.status],
        dropoffDate: o.dropoff_date,
        dueDate: o.due_date,
        samples: o.samples,
        priceYuan: (o.lab_cents / 100).toFixed(2),
        orderedAt: o.created_at,
      })),
    }
  },
  async erase({ db }, userId) {
    // The order and its report are the enterprise's: only who placed it is forgotten.
    await db.updateTable('lab_orders').set({ user_id: null }).where('user_id', '=', userId).execute()
  },
}
