import { refuse } from '../../../server/core/app-error'
import { defineGuard, type Ctx } from '../../../server/core/define-function'
import { departmentsOf, isAdmin, socialWorkerOf, type Caller } from '../../../server/people/roles'

/** Who keeps the compendium: social workers, members of issuing departments, admins. */
export const POLICY_STAFF = ['social_worker', 'department', 'admin'] as const

/**
 * Admins and social workers (they keep the compendium for their communities) edit any policy;
 * a department's members edit the policies their department issues.
 */
export function mayEditPolicy(user: Caller | null, p: { department_id: number | null }): boolean {
  if (!user || user.disabled) return false
  if (isAdmin(user) || socialWorkerOf(user).length > 0) return true
  return p.department_id !== null && departmentsOf(user).includes(p.department_id)
}

/** A department member may publish only in the name of their own department. */
export function checkIssuingDepartment(user: Caller, departmentId: number | null): string | null {
  if (isAdmin(user) || socialWorkerOf(user).length > 0) return null
  const mine = departmentsOf(user)
  if (departmentId !== null && mine.includes(departmentId)) return null
  return '部门人员只能以本部门名义发布政策，请选择你所在的部门'
}

/** Guard: the caller may edit the policy the input names (the row is locked for the change). */
export const policyEditor = defineGuard(
  'editor of the policy (admin, a social worker, or a member of its issuing department)',
  async ({ db, user }, id) => {
    const p = await db.selectFrom('policies').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
    if (!p) return refuse('NOT_FOUND', '政策不存在')
    if (!mayEditPolicy(user, p)) refuse('FORBIDDEN', '只有发布部门、社工或管理员可以修改这条政策')
    return p
  },
)

/** A mentor booking: the reservation, its slot (kind 'mentor', owner = the mentor's user id). */
async function mentorBooking(ctx: Ctx<Caller, undefined>, id: number) {
  const b = await ctx.db
    .selectFrom('reservations as r')
    .innerJoin('slots as s', 's.id', 'r.slot_id')
    .select(['r.id', 'r.user_id', 'r.status', 's.owner_id as mentor_id', 's.starts_at', 's.ends_at'])
    .where('r.id', '=', id)
    .where('s.kind', '=', 'mentor')
    .executeTakeFirst()
  if (!b) return refuse('NOT_FOUND', '辅导预约不存在')
  return { ...b, id: Number(b.id), starts_at: new Date(b.starts_at), ends_at: new Date(b.ends_at) }
}
export type MentorBookingTarget = Awaited<ReturnType<typeof mentorBooking>>

/** Guard: the mentor whose office hour the booking is in (not another mentor). */
export const mentorOfBooking = defineGuard('the mentor whose office hour the booking is in', async (ctx, id) => {
  const b = await mentorBooking(ctx, id)
  if (b.mentor_id !== ctx.user.id) refuse('FORBIDDEN', '只能处理预约你本人的辅导，这不是你的时段')
  return b
})

/** Guard: the person who booked the mentor's hour. */
export const holderOfMentorBooking = defineGuard('the person who booked the mentor hour', async (ctx, id) => {
  const b = await mentorBooking(ctx, id)
  if (b.user_id !== ctx.user.id) refuse('FORBIDDEN', '这不是你的预约')
  return b
})
