import type { Transaction } from 'kysely'
import { refuse } from '../../../server/core/app-error'
import { isCommunityStaff } from '../../../server/people/staff'
import type { DB, UserRow } from '../../../server/db/schema'

/** Counter staff of a canteen: an admin, a social worker of its community, or its own staff. */
export async function canRunCounter(db: Transaction<DB>, user: UserRow, canteen: { id: number; community_id: number }) {
  if (isCommunityStaff(user, canteen.community_id)) return true
  const staff = await db
    .selectFrom('canteen_staff')
    .select('user_id')
    .where('canteen_id', '=', canteen.id)
    .where('user_id', '=', user.id)
    .executeTakeFirst()
  return Boolean(staff)
}

export async function canteenById(db: Transaction<DB>, canteenId: number) {
  const canteen = await db.selectFrom('canteens').selectAll().where('id', '=', canteenId).executeTakeFirst()
  if (!canteen || !canteen.active) return refuse('NOT_FOUND', '餐厅不存在或已停止预约')
  return canteen
}

export async function canteenForStaff(db: Transaction<DB>, user: UserRow, canteenId: number) {
  const canteen = await canteenById(db, canteenId)
  if (!(await canRunCounter(db, user, canteen))) refuse('FORBIDDEN', '只有该餐厅的工作人员可以操作')
  return canteen
}

export type Canteen = Awaited<ReturnType<typeof canteenById>>
