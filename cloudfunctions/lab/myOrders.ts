import { handler } from '../../server/core/define-function'
import { enterprisesOf } from '../../server/people/roles'
import { ordersQuery, presentOrders } from './domain/present'

/** The orders of the asker's enterprises, newest first (the latest 100). */
export const myOrders = handler('lab', 'myOrders', {
  access: ['enterprise'],
  async run({ db, user, now }) {
    const mine = enterprisesOf(user)
    if (!mine.length) return { items: [] }
    const rows = await ordersQuery(db).where('o.enterprise_id', 'in', mine).orderBy('o.id', 'desc').limit(100).execute()
    return { items: await presentOrders(db, rows, { staff: false, now, liaisonOf: mine }) }
  },
})
