import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { isLiaisonOf } from './domain/access'
import { shareMatchRow } from './domain/shares'

/** Each enterprise's liaison confirms the match (the lender and the borrower, once each). */
export const shareConfirm = handler('jobs', 'shareConfirm', {
  access: own('confirms a match for an enterprise the caller is the liaison of'),
  async run({ db, user, now }, { matchId }) {
    const m = await shareMatchRow(db, matchId, true)
    const lender = isLiaisonOf(user, m.lender_id)
    const borrower = isLiaisonOf(user, m.borrower_id)
    if (!lender && !borrower) return refuse('NOT_FOUND', '共享员工对接不存在')
    if (lender && !m.lender_confirmed_at) {
      await db.updateTable('job_share_matches').set({ lender_confirmed_at: now }).where('id', '=', m.id).execute()
      return { side: 'lend' }
    }
    if (borrower && !m.borrower_confirmed_at) {
      await db.updateTable('job_share_matches').set({ borrower_confirmed_at: now }).where('id', '=', m.id).execute()
      return { side: 'borrow' }
    }
    return refuse('CONFLICT', '你已确认过这次对接')
  },
})
