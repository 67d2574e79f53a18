import type { Transaction } from 'kysely'
import { refuse } from '../../../server/core/app-error'
import { defineGuard, type Guard } from '../../../server/core/define-function'
import { isCommunityStaff } from '../../../server/people/staff'
import type { DB } from '../../../server/db/schema'
import type { Caller } from '../../../server/people/roles'

/** Counter staff of a canteen: an admin, a social worker of its community, or its own staff. */
export async function canRunCounter(db: Transaction<DB>, user: Caller, canteen: { id: number; community_id: number }) {
  if (isCommunityStaff(user, canteen.community_id)) return true
  const staff = await db
    .selectFrom('canteen_staff')
    .select('user_id')
    .where('canteen_id', '=', canteen.id)
    .where('user_id', '=', user.id)
    .executeTakeFirst()
  return Boolean(staff)
}

export async function canteenById(db: Transaction<DB>, canteenId: number, lock = false) {
  let q = db.selectFrom('canteens').selectAll().where('id', '=', canteenId)
  if (lock) q = q.forUpdate()
  const canteen = await q.executeTakeFirst()
  if (!canteen || !canteen.active) return refuse('NOT_FOUND', '餐厅不存在或已停止预约')
  return canteen
}

export async function canteenForStaff(db: Transaction<DB>, user: Caller, canteenId: number) {
  const canteen = await canteenById(db, canteenId)
  if (!(await canRunCounter(db, user, canteen))) refuse('FORBIDDEN', '只有该餐厅的工作人员可以操作')
  return canteen
}

export type Canteen = Awaited<ReturnType<typeof canteenById>>

/** Guard: the caller runs the counter of the canteen the input names. */
export const canteenStaff = defineGuard('staff of the canteen', ({ db, user }, id) => canteenForStaff(db, user, id))

const NOT_YOURS = '只能管理你所在社区的餐厅'

/** Guard: the caller keeps the canteen the input names (settings, menu, days off, retiring): an admin, or a social worker of its community. */
export const canteenManager = defineGuard(
  "admin, or social worker of the canteen's community",
  async ({ db, user }, id) => {
    const canteen = await canteenById(db, id)
    if (!isCommunityStaff(user, canteen.community_id)) refuse('FORBIDDEN', NOT_YOURS)
    return canteen
  },
)

/** Who keeps canteens, the guards' first filter by role. */
export const CANTEEN_KEEPERS = { roles: ['admin', 'social_worker'] } as const

/**
 * Guard for saving a canteen: the community it is saved into and (when editing) the one it is
 * in now must both be the caller's (an admin: any). The canteen being edited is locked.
 */
export const canteenEditor: Guard<{ canteenId?: number; communityId: number }, { existing: Canteen | undefined }> = {
  kind: 'guard',
  checks: "admin, or social worker of the canteen's community (canteenId, when named) and of communityId",
  roles: ['admin', 'social_worker'],
  async resolve({ db, user }, input) {
    const existing = input.canteenId === undefined ? undefined : await canteenById(db, input.canteenId, true)
    if (existing && !isCommunityStaff(user, existing.community_id)) refuse('FORBIDDEN', NOT_YOURS)
    if (!isCommunityStaff(user, input.communityId)) refuse('FORBIDDEN', NOT_YOURS)
    return { existing }
  },
}

/** Guard: the caller holds the canteen booking the input names (someone else's is "not found"). */
export const bookingHolder = defineGuard('holder of the booking', async ({ db, user }, id) => {
  const r = await db
    .selectFrom('reservations as r')
    .innerJoin('slots as s', 's.id', 'r.slot_id')
    .select(['r.id', 'r.user_id'])
    .where('r.id', '=', id)
    .where('s.kind', '=', 'canteen')
    .executeTakeFirst()
  if (!r || r.user_id !== user.id) return refuse('NOT_FOUND', '预约不存在')
  return { id: Number(r.id) }
})

/** Guard: the caller reviews riders of the community the verification belongs to (admins: any). */
export const riderReviewer = defineGuard("social worker of the rider's community", async ({ db, user }, id) => {
  const v = await db.selectFrom('rider_verifications').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
  if (!v) return refuse('NOT_FOUND', '认证申请不存在')
  if (!isCommunityStaff(user, v.community_id ?? -1)) refuse('FORBIDDEN', '只能审核本社区骑手的认证')
  return v
})
