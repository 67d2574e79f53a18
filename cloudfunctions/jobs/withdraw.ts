import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'

/** The worker withdraws an application not yet decided (a hire is undone only with the enterprise). */
export const withdraw = handler('jobs', 'withdraw', {
  access: own("withdraws the caller's own application"),
  async run({ db, user, now }, { applicationId }) {
    const a = await db
      .selectFrom('job_applications')
      .select(['id', 'status'])
      .where('id', '=', applicationId)
      .where('user_id', '=', user.id)
      .forUpdate()
      .executeTakeFirst()
    if (!a) return refuse('NOT_FOUND', '投递记录不存在')
    if (a.status === 'hired') refuse('CONFLICT', '你已被录用，如需放弃请先联系企业')
    if (a.status === 'withdrawn' || a.status === 'rejected') refuse('CONFLICT', '这份投递已结束，无需撤回')
    await db
      .updateTable('job_applications')
      .set({ status: 'withdrawn', updated_at: now })
      .where('id', '=', a.id)
      .execute()
    return { status: 'withdrawn' }
  },
})
