import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { applicationEmployer } from './domain/access'

/**
 * The enterprise confirms the minutes a hired worker worked a shift (the worker keeps the record;
 * pay changes hands offline), or marks a no-show. Only shifts that have started; a no-show cannot
 * be marked for someone who checked in.
 */
export const confirmHours = handler('jobs', 'confirmHours', {
  access: applicationEmployer('applicationId'),
  async run({ db, now, target }, { shiftId, minutes, noShow }) {
    const { application: a } = target
    if (a.status !== 'hired') refuse('CONFLICT', '只有已录用的人员可以确认工时')
    const x = await db
      .selectFrom('job_application_shifts as x')
      .innerJoin('job_shifts as s', 's.id', 'x.shift_id')
      .select(['s.starts_at', 's.ends_at', 'x.checked_in_at'])
      .where('x.application_id', '=', a.id)
      .where('x.shift_id', '=', shiftId)
      .executeTakeFirst()
    if (!x) return refuse('NOT_FOUND', '这位人员没有报名这个班次')
    if (new Date(x.starts_at) > now) refuse('BAD_REQUEST', '班次还没开始，不能确认工时')
    if (noShow && x.checked_in_at) refuse('CONFLICT', '这位人员已扫码签到，不能标记为未到岗')
    const longest = (new Date(x.ends_at).getTime() - new Date(x.starts_at).getTime()) / 60_000 + 240
    if (!noShow && minutes > longest)
      refuse('BAD_REQUEST', `工时不能超过班次时长加 4 小时（${Math.round(longest)} 分钟）`)
    const set = noShow ? { no_show: true, confirmed_minutes: null } : { no_show: false, confirmed_minutes: minutes }
    await db
      .updateTable('job_application_shifts')
      .set(set)
      .where('application_id', '=', a.id)
      .where('shift_id', '=', shiftId)
      .execute()
    return { confirmedMinutes: set.confirmed_minutes, noShow: set.no_show }
  },
})
