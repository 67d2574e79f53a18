import type { Transaction } from 'kysely'
import { refuse } from '../../../server/core/app-error'
import { defineGuard } from '../../../server/core/define-function'
import { settings } from '../../../server/config'
import { isCommunityStaff } from '../../../server/people/staff'
import type { DB } from '../../../server/db/schema'
import { hasRole, isAdmin, socialWorkerOf, type Caller } from '../../../server/people/roles'

type Trx = Transaction<DB>

/** Who may publish activities: social workers and admins; enterprises where enabled (mayPublish). */
export const ORGANIZERS = ['social_worker', 'admin', 'enterprise'] as const

/** Organizers of an activity: who created it, the community's social workers, admins. */
export function canOrganize(user: Caller | null, a: { organizer_id: number; community_id: number }): boolean {
  if (!user || user.disabled) return false
  return isCommunityStaff(user, a.community_id) || a.organizer_id === user.id
}

/** Social workers and admins publish activities; enterprises only where the community enabled it. */
export function mayPublish(user: Caller) {
  const staff = isAdmin(user) || socialWorkerOf(user).length > 0
  if (!staff && hasRole(user, 'enterprise') && !settings.enterpriseActivities)
    refuse('FORBIDDEN', '本社区暂未开放企业自行发布活动，请联系社工')
}

/** Organizers may see full phone numbers in rosters: admins only; others see them masked. */
export const seesFullPhones = (user: Caller) => isAdmin(user)

export async function activityById(db: Trx, id: number, lock = false) {
  let q = db.selectFrom('activities').selectAll().where('id', '=', id)
  if (lock) q = q.forUpdate()
  const a = await q.executeTakeFirst()
  if (!a) return refuse('NOT_FOUND', '活动不存在')
  return a
}
export type Activity = Awaited<ReturnType<typeof activityById>>

export async function activityForOrganizer(db: Trx, user: Caller, id: number) {
  const a = await activityById(db, id, true)
  if (!canOrganize(user, a)) refuse('FORBIDDEN', '只有活动的组织者可以操作')
  return a
}

/** Guard: the caller organizes the activity the input names (locked for the change). */
export const activityOrganizer = defineGuard('organizer of the activity', ({ db, user }, id) =>
  activityForOrganizer(db, user, id),
)

/** Guard: the caller organizes the activity of the registration the input names. */
export const registrationOrganizer = defineGuard("organizer of the registration's activity", async (ctx, id) => {
  const reg = await ctx.db
    .selectFrom('reservations as r')
    .innerJoin('activities as a', 'a.slot_id', 'r.slot_id')
    .select(['r.id', 'r.slot_id', 'r.user_id', 'r.status', 'r.code', 'a.id as activity_id'])
    .where('r.id', '=', id)
    .executeTakeFirst()
  if (!reg) return refuse('NOT_FOUND', '报名不存在')
  return { registration: reg, activity: await activityForOrganizer(ctx.db, ctx.user, reg.activity_id) }
})
