import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { postingOwner } from './domain/access'

/** The enterprise ends a posting's recruiting (it leaves the lists; applications stay). */
export const closePosting = handler('jobs', 'closePosting', {
  access: postingOwner('id'),
  async run({ db, now, target: p }) {
    if (p.status === 'closed') refuse('CONFLICT', '岗位已结束招聘')
    await db.updateTable('job_postings').set({ status: 'closed', updated_at: now }).where('id', '=', p.id).execute()
    return { status: 'closed' }
  },
})
