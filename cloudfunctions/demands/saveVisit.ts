import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { attach } from './domain/attachments'
import { presentVisit, visitableEnterprise, visitCalendar } from './domain/visits'

/**
 * 网格走访: a 社工 of the enterprise's community plans a visit (a day from today on) or records one
 * (the day it happened — never in the future — who was met, what was found, photos). Recording a
 * planned visit saves it again with its id. Audited.
 */
export const saveVisit = handler('demands', 'saveVisit', {
  access: visitableEnterprise('enterpriseId'),
  async run(ctx, input) {
    const e = ctx.target
    const { today } = visitCalendar(ctx.now)
    const done = input.status === 'done'
    if (done && input.date > today) refuse('BAD_REQUEST', `走访日期不能晚于今天（${today}）`)
    if (!done && input.date < today) refuse('BAD_REQUEST', `计划走访日期不能早于今天（${today}）`)
    if (done && input.met.length < 2) refuse('BAD_REQUEST', '请填写见到的人（如：张建国 总经理）')
    if (done && input.findings.length < 4) refuse('BAD_REQUEST', '请写下走访发现（至少 4 个字）')
    if (!done && input.photos.length) refuse('BAD_REQUEST', '计划走访还不能上传照片，走访后记录时再上传')
    const values = {
      status: input.status,
      planned_on: done ? null : input.date,
      visited_on: done ? input.date : null,
      met: input.met,
      findings: input.findings,
      recorded_at: done ? ctx.now : null,
      worker_id: ctx.user.id,
    }
    let visitId: number
    if (input.visitId !== undefined) {
      const before = await ctx.db
        .selectFrom('visits')
        .selectAll()
        .where('id', '=', input.visitId)
        .forUpdate()
        .executeTakeFirst()
      if (!before || before.enterprise_id !== e.id) return refuse('NOT_FOUND', '走访记录不存在或不是这家企业的')
      if (before.status === 'done') refuse('CONFLICT', '这次走访已经记录，不能再修改')
      // A planned visit keeps the day it was planned for; recording it sets the day it happened.
      await ctx.db
        .updateTable('visits')
        .set({ ...values, planned_on: before.planned_on })
        .where('id', '=', before.id)
        .where('status', '=', 'planned')
        .execute()
      visitId = before.id
    } else {
      const row = await ctx.db
        .insertInto('visits')
        .values({
          ...values,
          community_id: e.community_id,
          grid_id: e.grid_id,
          enterprise_id: e.id,
          created_at: ctx.now,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      visitId = row.id
    }
    if (input.photos.length) await attach(ctx, { visitId }, input.photos, ctx.user.id)
    await audit(ctx, {
      actorId: ctx.user.id,
      action: done ? 'visit.record' : 'visit.plan',
      subject: { type: 'visit', id: visitId },
      communityId: e.community_id,
      after: { enterpriseId: e.id, status: input.status, date: input.date, photos: input.photos.length },
    })
    return presentVisit(ctx.db, ctx.user, visitId)
  },
})
