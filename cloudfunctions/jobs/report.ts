import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { postingRow } from './domain/access'

const OPEN_REPORTS_PER_PERSON = 1

/** Anyone signed in reports a posting: it leaves the public lists and goes back to the 社工's queue. */
export const report = handler('jobs', 'report', {
  access: own('reports a posting as the caller'),
  async run({ db, user, now }, { id, reason }) {
    const p = await postingRow(db, id, true)
    if (p.status !== 'open' && p.status !== 'review') refuse('CONFLICT', '这个岗位已不在招聘中')
    const mine = await db
      .selectFrom('job_reports')
      .select('id')
      .where('posting_id', '=', id)
      .where('user_id', '=', user.id)
      .where('created_at', '>=', new Date(p.reviewed_at ?? p.created_at))
      .execute()
    if (mine.length >= OPEN_REPORTS_PER_PERSON) refuse('CONFLICT', '你已举报过这个岗位，社工正在复核')
    await db.insertInto('job_reports').values({ posting_id: id, user_id: user.id, reason, created_at: now }).execute()
    await db
      .updateTable('job_postings')
      .set((eb) => ({ status: 'review', reports: eb('reports', '+', 1), updated_at: now }))
      .where('id', '=', id)
      .execute()
    return { status: 'review' }
  },
})
