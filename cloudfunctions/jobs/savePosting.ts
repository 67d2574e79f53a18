import { randomBytes } from 'node:crypto'
import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { documentTokens } from '../../server/matching/concepts'
import { shanghaiDate } from '../../server/time/shanghai'
import { openHiringDemand } from '../demands/public'
import { enterpriseLiaison, postingRow } from './domain/access'
import { minWage, payProblem, wordingProblem } from './domain/rules'

const MAX_SHIFT_H = 16

/**
 * Post or edit a job or gig for the liaison's own enterprise. The automatic rules refuse with the
 * reason (pay below the minimum wage, discriminatory wording, a deposit or fee asked); what
 * passes waits for the community's 社工 (status review). An edit goes back to review.
 */
export const savePosting = handler('jobs', 'savePosting', {
  access: enterpriseLiaison('enterpriseId'),
  async run(ctx, input) {
    const { db, user, now, target: enterprise } = ctx
    const today = shanghaiDate(now)
    const existing = input.id ? await postingRow(db, input.id, true) : null
    if (existing && existing.enterprise_id !== enterprise.id) refuse('FORBIDDEN', '只能修改本企业发布的岗位')
    if (existing?.status === 'closed') refuse('CONFLICT', '岗位已结束招聘，不能再修改')
    if (!existing && input.startDate < today) refuse('BAD_REQUEST', '到岗日期不能早于今天')
    if (input.endDate && input.endDate < input.startDate) refuse('BAD_REQUEST', '结束日期不能早于到岗日期')
    if (existing && input.headcount < existing.hired)
      refuse('BAD_REQUEST', `已录用 ${existing.hired} 人，招聘人数不能少于已录用人数`)
    if (input.ageMin !== null && input.ageMax !== null && input.ageMax < input.ageMin)
      refuse('BAD_REQUEST', '年龄上限不能小于下限')
    if (input.demandId !== null && input.demandId !== existing?.demand_id)
      await openHiringDemand(ctx, input.demandId, enterprise.id)
    const pay = payProblem(input.payCents, input.payUnit, await minWage(db, now))
    if (pay) refuse('BAD_REQUEST', pay)
    const words = wordingProblem([
      input.title,
      input.description,
      ...input.benefits,
      ...input.skills,
      ...input.certificates,
    ])
    if (words) refuse('BAD_REQUEST', words)
    if (input.kind === 'gig') {
      if (input.payUnit === 'month') refuse('BAD_REQUEST', '零工日结请按时、按天或按件计薪')
      if (!input.shifts.length) refuse('BAD_REQUEST', '零工日结请至少添加一个班次')
    }
    const shifts = input.shifts.map((s, i) => {
      const startsAt = new Date(s.startsAt)
      const endsAt = new Date(s.endsAt)
      if (endsAt <= startsAt) refuse('BAD_REQUEST', `第 ${i + 1} 个班次的结束时间早于或等于开始时间`)
      if (endsAt.getTime() - startsAt.getTime() > MAX_SHIFT_H * 3600_000)
        refuse('BAD_REQUEST', `第 ${i + 1} 个班次超过 ${MAX_SHIFT_H} 小时`)
      return { startsAt, endsAt }
    })

    const values = {
      title: input.title,
      kind: input.kind,
      headcount: input.headcount,
      pay_cents: input.payCents,
      pay_unit: input.payUnit,
      shift: input.shift,
      place: input.place || enterprise.address || enterprise.name,
      lng: input.lng,
      lat: input.lat,
      start_date: input.startDate,
      end_date: input.endDate,
      certificates: input.certificates,
      skills: input.skills,
      concepts: documentTokens([input.title, input.description], [...input.skills, ...input.certificates]),
      age_min: input.ageMin,
      age_max: input.ageMax,
      health_cert: input.healthCert,
      benefits: input.benefits,
      description: input.description,
      contact_name: input.contactName,
      contact_phone: input.contactPhone,
      demand_id: input.demandId ?? existing?.demand_id ?? null,
      status: 'review' as const,
      review_note: '',
      updated_at: now,
    }
    let id: number
    if (existing) {
      id = existing.id
      await db.updateTable('job_postings').set(values).where('id', '=', id).execute()
      await replaceShifts(ctx.db, id, shifts, now)
    } else {
      for (const s of shifts) if (s.startsAt <= now) refuse('BAD_REQUEST', '班次开始时间已过，请重新选择')
      id = (
        await db
          .insertInto('job_postings')
          .values({
            ...values,
            enterprise_id: enterprise.id,
            community_id: enterprise.community_id,
            posted_by: user.id,
            site_secret: randomBytes(16).toString('hex'),
            created_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id
      if (shifts.length)
        await db
          .insertInto('job_shifts')
          .values(shifts.map((s) => ({ posting_id: id, starts_at: s.startsAt, ends_at: s.endsAt })))
          .execute()
    }
    return { id, status: 'review' }
  },
})

/** An edit's shifts: the ones someone applied for stay (refused if removed); new ones are added. */
async function replaceShifts(
  db: Parameters<typeof postingRow>[0],
  postingId: number,
  shifts: { startsAt: Date; endsAt: Date }[],
  now: Date,
) {
  const old = await db
    .selectFrom('job_shifts as s')
    .select(['s.id', 's.starts_at', 's.ends_at'])
    .select((eb) =>
      eb
        .exists(eb.selectFrom('job_application_shifts as a').select('a.shift_id').whereRef('a.shift_id', '=', 's.id'))
        .as('taken'),
    )
    .where('s.posting_id', '=', postingId)
    .execute()
  const key = (a: Date | string, b: Date | string) => `${new Date(a).getTime()}-${new Date(b).getTime()}`
  const wanted = new Set(shifts.map((s) => key(s.startsAt, s.endsAt)))
  const kept = new Set<string>()
  for (const o of old) {
    const k = key(o.starts_at, o.ends_at)
    if (wanted.has(k)) kept.add(k)
    else if (o.taken) refuse('CONFLICT', '已有人报名的班次不能删除或修改，请先与报名者沟通')
    else await db.deleteFrom('job_shifts').where('id', '=', o.id).execute()
  }
  const added = shifts.filter((s) => !kept.has(key(s.startsAt, s.endsAt)))
  for (const s of added) if (s.startsAt <= now) refuse('BAD_REQUEST', '班次开始时间已过，请重新选择')
  if (added.length)
    await db
      .insertInto('job_shifts')
      .values(added.map((s) => ({ posting_id: postingId, starts_at: s.startsAt, ends_at: s.endsAt })))
      .execute()
}
