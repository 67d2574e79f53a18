import type { Transaction } from 'kysely'
import { refuse } from '../../../server/core/app-error'
import { settings } from '../../../server/config'
import { isCommunityStaff } from '../../../server/people/staff'
import type { DB, UserRow } from '../../../server/db/schema'

type Trx = Transaction<DB>

/** Organizers of an activity: who created it, the community's social workers, admins. */
export function canOrganize(user: UserRow | null, a: { organizer_id: number; community_id: number }): boolean {
  if (!user || user.disabled) return false
  return isCommunityStaff(user, a.community_id) || a.organizer_id === user.id
}

/** Social workers and admins publish activities; enterprises only where the community enabled it. */
export function mayPublish(user: UserRow) {
  if (user.role === 'enterprise' && !settings.enterpriseActivities)
    refuse('FORBIDDEN', '本社区暂未开放企业自行发布活动，请联系社工')
}

/** Organizers may see full phone numbers in rosters: admins only; others see them masked. */
export const seesFullPhones = (user: UserRow) => user.role === 'admin'

export async function activityById(db: Trx, id: number, lock = false) {
  let q = db.selectFrom('activities').selectAll().where('id', '=', id)
  if (lock) q = q.forUpdate()
  const a = await q.executeTakeFirst()
  if (!a) return refuse('NOT_FOUND', '活动不存在')
  return a
}
export type Activity = Awaited<ReturnType<typeof activityById>>

export async function activityForOrganizer(db: Trx, user: UserRow, id: number) {
  const a = await activityById(db, id, true)
  if (!canOrganize(user, a)) refuse('FORBIDDEN', '只有活动的组织者可以操作')
  return a
}
