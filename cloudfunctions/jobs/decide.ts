import { sql } from 'kysely'
import { APPLICATION_STATUS } from '../../contract/jobs'
import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { formatShanghai } from '../../server/time/shanghai'
import { noteDemandProgress } from '../demands/public'
import { applicationEmployer } from './domain/access'
import { refuseOverlap } from './domain/applications'
import type { ApplicationStatus } from './tables'

const FROM: Record<'viewed' | 'interview' | 'hired' | 'rejected', ApplicationStatus[]> = {
  viewed: ['applied'],
  interview: ['applied', 'viewed'],
  hired: ['applied', 'viewed', 'interview'],
  rejected: ['applied', 'viewed', 'interview'],
}
const REMIND_BEFORE_MIN = 60

/**
 * The enterprise moves an application on: 已查看, 邀请面试, 录用, 未通过. A hire takes one of the
 * posting's places in one conditional update (hired < headcount), so hires never pass the
 * headcount; a gig's shifts must not overlap the worker's other hired shifts. The worker is told.
 */
export const decide = handler('jobs', 'decide', {
  access: applicationEmployer('applicationId'),
  async run(ctx, { to, reason }) {
    const { db, now, target } = ctx
    const { application: a, posting: p } = target
    if (!a.user_id) refuse('CONFLICT', '投递人已注销账号')
    if (!FROM[to].includes(a.status))
      refuse('CONFLICT', `这份投递当前为「${APPLICATION_STATUS[a.status]}」，不能改为「${APPLICATION_STATUS[to]}」`)
    if (to === 'hired') {
      const shifts = await db
        .selectFrom('job_application_shifts as x')
        .innerJoin('job_shifts as s', 's.id', 'x.shift_id')
        .select(['s.id', 's.starts_at'])
        .where('x.application_id', '=', a.id)
        .execute()
      await refuseOverlap(
        db,
        a.user_id!,
        shifts.map((s) => s.id),
        a.id,
      )
      const taken = await db
        .updateTable('job_postings')
        .set({ hired: sql`hired + 1`, updated_at: now })
        .where('id', '=', p.id)
        .where(sql<boolean>`hired < headcount`)
        .returning('hired')
        .executeTakeFirst()
      if (!taken) refuse('FULL', `已录用满 ${p.headcount} 人，不能再录用；如需多招请先修改招聘人数`)
      // The posting answers a 用工 demand: each hire is a 办理进展 on it (企呼我应).
      if (p.demand_id)
        await noteDemandProgress(
          ctx,
          p.demand_id,
          { id: ctx.user.id, label: ctx.user.display_name },
          `零工市场「${p.title}」已录用 ${taken!.hired}/${p.headcount} 人`,
        )
      for (const s of shifts) {
        const at = new Date(new Date(s.starts_at).getTime() - REMIND_BEFORE_MIN * 60_000)
        if (at > now)
          await notify(ctx, {
            userId: a.user_id!,
            kind: 'jobs_shift_reminder',
            data: { title: p.title, time: formatShanghai(new Date(s.starts_at)), place: p.place },
            page: '/subpackages/jobs/mine',
            event: `jobs_shift_reminder:${a.id}:${s.id}`,
            dueAt: at,
            subject: `job_application:${a.id}`,
          })
      }
    }
    await db
      .updateTable('job_applications')
      .set({ status: to, reason: to === 'rejected' ? reason : a.reason, updated_at: now })
      .where('id', '=', a.id)
      .execute()
    const enterprise = await db
      .selectFrom('enterprises')
      .select('name')
      .where('id', '=', p.enterprise_id)
      .executeTakeFirstOrThrow()
    await notify(ctx, {
      userId: a.user_id!,
      kind: 'jobs_application_update',
      data: { title: p.title, enterprise: enterprise.name, status: APPLICATION_STATUS[to], reason },
      page: `/subpackages/jobs/detail?id=${p.id}`,
      event: `jobs_application_update:${a.id}:${to}`,
    })
    return { status: to }
  },
})
