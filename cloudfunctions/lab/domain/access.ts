import type { Transaction } from 'kysely'
import { refuse } from '../../../server/core/app-error'
import { defineGuard } from '../../../server/core/define-function'
import type { DB } from '../../../server/db/schema'
import { enterprisesOf, labsOf, type Caller } from '../../../server/people/roles'
import { isCommunityStaff } from '../../../server/people/staff'

// Who may do what in a lab: its staff (a `lab_staff` grant for this lab), and above them an admin
// or a 社工 of the lab's community; an enterprise's liaison for their own enterprise's orders.

export async function labById(db: Transaction<DB>, labId: number) {
  const lab = await db
    .selectFrom('labs as l')
    .innerJoin('communities as c', 'c.id', 'l.community_id')
    .selectAll('l')
    .select('c.name as community_name')
    .where('l.id', '=', labId)
    .executeTakeFirst()
  if (!lab || !lab.active) return refuse('NOT_FOUND', '实验室不存在或已停用')
  return lab
}
export type Lab = Awaited<ReturnType<typeof labById>>

/** Whether the person keeps this lab: its staff, an admin, or a 社工 of its community. */
export const keepsLab = (user: Caller | null, lab: { id: number; community_id: number }) =>
  !!user && !user.disabled && (labsOf(user).includes(lab.id) || isCommunityStaff(user, lab.community_id))

const NOT_STAFF = '只有该实验室的工作人员可以操作'

/** Guard: the caller keeps the lab the input names. */
export const labStaff = defineGuard(
  'staff of the lab (or admin, or social worker of its community)',
  async (ctx, id) => {
    const lab = await labById(ctx.db, id)
    if (!keepsLab(ctx.user, lab)) refuse('FORBIDDEN', NOT_STAFF)
    return lab
  },
)

export async function orderRow(db: Transaction<DB>, orderId: number, lock = false) {
  let q = db.selectFrom('lab_orders').selectAll().where('id', '=', orderId)
  if (lock) q = q.forUpdate()
  return q.executeTakeFirst()
}

const NOT_FOUND = '订单不存在或你无权查看'

/** Guard: the caller keeps the lab of the order the input names (the order is locked). */
export const orderStaff = defineGuard('staff of the lab of the order', async (ctx, id) => {
  const order = await orderRow(ctx.db, id, true)
  if (!order) return refuse('NOT_FOUND', NOT_FOUND)
  const lab = await labById(ctx.db, order.lab_id)
  if (!keepsLab(ctx.user, lab)) refuse('NOT_FOUND', NOT_FOUND)
  return { order, lab }
})

/** Guard: the order's enterprise (its liaison) or the lab's staff; anyone else is told it is not found. */
export const orderViewer = defineGuard('liaison of the order’s enterprise, or staff of its lab', async (ctx, id) => {
  const order = await orderRow(ctx.db, id)
  if (!order) return refuse('NOT_FOUND', NOT_FOUND)
  const lab = await labById(ctx.db, order.lab_id)
  const staff = keepsLab(ctx.user, lab)
  if (!staff && !enterprisesOf(ctx.user).includes(order.enterprise_id)) refuse('NOT_FOUND', NOT_FOUND)
  return { order, lab, staff }
})

/** Guard: the caller is the liaison of the enterprise the input names (orders only for one's own). */
export const liaisonOf = defineGuard('liaison of the enterprise', async (ctx, id) => {
  if (!enterprisesOf(ctx.user).includes(id)) refuse('FORBIDDEN', '只能为你联络的企业下单')
  const e = await ctx.db.selectFrom('enterprises').select(['id', 'name']).where('id', '=', id).executeTakeFirst()
  if (!e) return refuse('NOT_FOUND', '企业不存在')
  return e
})

/**
 * Guard: the caller is a liaison of the order's enterprise (the order is locked, so a cancel and
 * the lab's intake of the same order go one after the other); anyone else hears it is not found.
 */
export const orderLiaison = defineGuard('liaison of the order’s enterprise', async (ctx, id) => {
  const order = await orderRow(ctx.db, id, true)
  if (!order || !enterprisesOf(ctx.user).includes(order.enterprise_id)) return refuse('NOT_FOUND', NOT_FOUND)
  const lab = await labById(ctx.db, order.lab_id)
  return { order, lab }
})
