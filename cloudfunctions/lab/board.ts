import { sql } from 'kysely'
import { handler } from '../../server/core/define-function'
import { shanghaiDate } from '../../server/time/shanghai'
import { labStaff } from './domain/access'
import { ordersQuery, presentOrders } from './domain/present'

/**
 * Lab staff: the orders in hand (or of one status), overdue first, then by due date; the finished
 * ones (reported, returned) newest first, the latest 100.
 */
export const board = handler('lab', 'board', {
  access: labStaff('labId'),
  async run({ db, now, target }, { status }) {
    const today = shanghaiDate(now)
    let q = ordersQuery(db).where('o.lab_id', '=', target.id)
    const open = !status || ['booked', 'received', 'testing'].includes(status)
    q = status ? q.where('o.status', '=', status) : q.where('o.status', 'in', ['booked', 'received', 'testing'])
    const rows = await (
      open
        ? q
            .orderBy(sql`case when o.status in ('received','testing') and o.due_date < ${today} then 0 else 1 end`)
            .orderBy('o.due_date')
            .orderBy('o.id')
        : q.orderBy('o.id', 'desc')
    )
      .limit(100)
      .execute()
    const items = await presentOrders(db, rows, { staff: true, now })
    const overdue = await db
      .selectFrom('lab_orders')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('lab_id', '=', target.id)
      .where('status', 'in', ['received', 'testing'])
      .where('due_date', '<', today)
      .executeTakeFirstOrThrow()
    return { items, overdue: Number(overdue.n) }
  },
})
