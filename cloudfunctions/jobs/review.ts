import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { postingReviewer } from './domain/access'
import { liaisonsOf } from './domain/people'

/** A 社工 approves a posting (it goes public) or refuses it with the reason; audited, the liaisons told. */
export const review = handler('jobs', 'review', {
  access: postingReviewer('id'),
  async run(ctx, { approve, note }) {
    const { db, user, now, target: p } = ctx
    if (p.status !== 'review') refuse('CONFLICT', '这个岗位不在待审核状态')
    const status = approve ? ('open' as const) : ('refused' as const)
    await db
      .updateTable('job_postings')
      .set({ status, review_note: note, reviewed_by: user.id, reviewed_at: now, reports: 0 })
      .where('id', '=', p.id)
      .execute()
    await audit(ctx, {
      actorId: user.id,
      action: approve ? 'jobs.posting.approve' : 'jobs.posting.refuse',
      subject: { type: 'job_posting', id: p.id },
      communityId: p.community_id,
      before: { status: p.status },
      after: { status },
      note,
    })
    for (const userId of await liaisonsOf(ctx, p.enterprise_id)) {
      await notify(ctx, {
        userId,
        kind: 'jobs_posting_reviewed',
        data: { title: p.title, approved: approve, note },
        page: '/subpackages/jobs/post?id=' + p.id,
        event: `jobs_posting_reviewed:${p.id}:${status}:${now.getTime()}`,
      })
    }
    return { status }
  },
})
