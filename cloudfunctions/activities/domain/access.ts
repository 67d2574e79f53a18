import type { Transaction } from 'kysely'
import { refuse } from '../../../server/core/app-error'
import { defineGuard, type Guard } from '../../../server/core/define-function'
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

const NOT_YOUR_GROUP = '只能管理本社区的兴趣社群'

/** An interest group that is not archived (archived ones take no members and no activities). */
export async function liveGroup(db: Trx, id: number, lock = false) {
  let q = db.selectFrom('activity_groups').selectAll().where('id', '=', id).where('archived_at', 'is', null)
  if (lock) q = q.forUpdate()
  const g = await q.executeTakeFirst()
  if (!g) return refuse('NOT_FOUND', '社群不存在或已归档')
  return g
}

/** Guard: the caller keeps the group the input names (the community's 社工, admins). Locked for the change. */
export const groupKeeper = defineGuard("admin, or social worker of the group's community", async ({ db, user }, id) => {
  const g = await liveGroup(db, id, true)
  if (!isCommunityStaff(user, g.community_id)) refuse('FORBIDDEN', NOT_YOUR_GROUP)
  return g
})

/**
 * Guard for saving a group: the community it is saved into and (when editing) the one it is in
 * now must both be the caller's (an admin: any).
 */
export const groupEditor: Guard<{ groupId?: number; communityId: number }, { existing: Group | undefined }> = {
  kind: 'guard',
  checks: "admin, or social worker of the group's community (groupId, when named) and of communityId",
  roles: ['admin', 'social_worker'],
  async resolve({ db, user }, input) {
    const existing = input.groupId === undefined ? undefined : await liveGroup(db, input.groupId, true)
    if (existing && !isCommunityStaff(user, existing.community_id)) refuse('FORBIDDEN', NOT_YOUR_GROUP)
    if (!isCommunityStaff(user, input.communityId)) refuse('FORBIDDEN', NOT_YOUR_GROUP)
    return { existing }
  },
}
export type Group = Awaited<ReturnType<typeof liveGroup>>
