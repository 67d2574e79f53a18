import { sql } from 'kysely'
import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { isLiaisonOf, postingRow } from './domain/access'
import { refuseOverlap } from './domain/applications'
import { liaisonsOf } from './domain/people'

/**
 * Apply in one tap. One application per person and posting (a unique constraint: two taps at
 * once make one); not to one's own enterprise; a gig names its shifts, none overlapping a shift
 * the worker was already hired for. A withdrawn application may be sent again (the same row).
 */
export const apply = handler('jobs', 'apply', {
  access: own('applies as the caller'),
  async run(ctx, { postingId, shiftIds, note }) {
    const { db, user, now } = ctx
    const p = await postingRow(db, postingId)
    if (p.status !== 'open') refuse('CONFLICT', '这个岗位不在招聘中')
    if (isLiaisonOf(user, p.enterprise_id)) refuse('FORBIDDEN', '不能投递自己企业发布的岗位')
    if (p.hired >= p.headcount) refuse('FULL', `这个岗位已招满 ${p.headcount} 人`)
    const ids = [...new Set(shiftIds)]
    if (p.kind === 'gig') {
      if (!ids.length) refuse('BAD_REQUEST', '请选择要报名的班次')
      const shifts = await db
        .selectFrom('job_shifts')
        .select(['id', 'starts_at'])
        .where('posting_id', '=', p.id)
        .where('id', 'in', ids)
        .execute()
      if (shifts.length !== ids.length) refuse('BAD_REQUEST', '所选班次不属于这个岗位')
      if (shifts.some((s) => new Date(s.starts_at) <= now)) refuse('BAD_REQUEST', '所选班次已开始，请选择之后的班次')
      await refuseOverlap(db, user.id, ids, null)
    } else if (ids.length) refuse('BAD_REQUEST', '只有零工日结岗位需要选择班次')

    const row = await db
      .insertInto('job_applications')
      .values({ posting_id: p.id, user_id: user.id, status: 'applied', note, created_at: now, updated_at: now })
      .onConflict((oc) =>
        oc
          .columns(['posting_id', 'user_id'])
          .doUpdateSet({ status: 'applied', note, reason: '', created_at: now, updated_at: now })
          .where(sql<boolean>`job_applications.status = 'withdrawn'`),
      )
      .returning('id')
      .executeTakeFirst()
    if (!row) return refuse('CONFLICT', '你已投递过这个岗位，可在「我的求职」查看进度')
    await db.deleteFrom('job_application_shifts').where('application_id', '=', row.id).execute()
    if (ids.length)
      await db
        .insertInto('job_application_shifts')
        .values(
          ids.map((shift_id) => ({
            application_id: row.id,
            shift_id,
            checked_in_at: null,
            checked_out_at: null,
            confirmed_minutes: null,
          })),
        )
        .execute()
    for (const userId of await liaisonsOf(ctx, p.enterprise_id)) {
      await notify(ctx, {
        userId,
        kind: 'jobs_applied',
        data: { title: p.title, name: user.display_name },
        page: `/subpackages/jobs/applicants?postingId=${p.id}`,
        event: `jobs_applied:${row.id}:${now.getTime()}`,
      })
    }
    return { id: row.id, status: 'applied' as const }
  },
})
