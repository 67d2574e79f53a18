import { handler } from '../../server/core/define-function'
import { banksOf } from '../../server/people/roles'
import { loanStatistics, presentLoans } from './domain/loans'

/** A partner bank's queue: applications offered to its bank (not yet taken) or taken by it, and its figures. */
export const bankQueue = handler('sharing', 'bankQueue', {
  access: ['bank'],
  async run({ db, user }, { status }) {
    const mine = banksOf(user)
    const banks = await db
      .selectFrom('departments')
      .select(['id', 'name'])
      .where('id', 'in', mine.length ? mine : [-1])
      .execute()
    const offered = db
      .selectFrom('sharing_loan_banks')
      .select('programme_id')
      .where('department_id', 'in', mine.length ? mine : [-1])
    let q = db
      .selectFrom('sharing_loans')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb('bank_id', 'in', mine.length ? mine : [-1]),
          eb.and([eb('bank_id', 'is', null), eb('programme_id', 'in', offered)]),
        ]),
      )
    if (status) q = q.where('status', '=', status)
    const rows = await q.orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(200).execute()
    return { banks, items: await presentLoans(db, rows, user), stats: await loanStatistics(db, { bankIds: mine }) }
  },
})
