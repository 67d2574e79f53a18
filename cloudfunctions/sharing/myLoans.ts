import { handler, own } from '../../server/core/define-function'
import { enterprisesOf } from '../../server/people/roles'
import { presentLoans } from './domain/loans'

/** The 红链贷 applications of the caller's enterprises, newest first. */
export const myLoans = handler('sharing', 'myLoans', {
  access: own('the applications of the enterprises the caller is liaison of'),
  async run({ db, user }) {
    const mine = enterprisesOf(user)
    if (!mine.length) return { items: [] }
    const rows = await db
      .selectFrom('sharing_loans')
      .selectAll()
      .where('enterprise_id', 'in', mine)
      .orderBy('id', 'desc')
      .limit(100)
      .execute()
    return { items: await presentLoans(db, rows, user) }
  },
})
