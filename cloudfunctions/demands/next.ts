import type { NextItem } from '../../server/core/feature'
import type { TxCtx } from '../../server/core/tx'

const OPEN = ['filed', 'info_requested', 'dispatched', 'accepted', 'closure_proposed'] as const

/**
 * 首页「接下来」: the nearest deadline the person holds — for a department's member, the soonest
 * demand dispatched to their department still to be done; for whoever filed one, their open
 * demand due soonest. A deadline already past says so.
 */
export async function demandsNext(
  ctx: TxCtx,
  { userId, departmentIds }: { userId: number; departmentIds: readonly number[] },
): Promise<NextItem[]> {
  const items: NextItem[] = []
  if (departmentIds.length) {
    const a = await ctx.db
      .selectFrom('demand_assignments as a')
      .innerJoin('demands as d', 'd.id', 'a.demand_id')
      .select(['d.id', 'd.title', 'a.deadline'])
      .where('a.department_id', 'in', [...departmentIds])
      .where('a.status', 'in', ['pending', 'accepted'])
      .where('d.status', 'in', [...OPEN])
      .orderBy('a.deadline')
      .limit(1)
      .executeTakeFirst()
    if (a) items.push(item('部门办理时限', a.id, a.title, a.deadline, ctx.now))
  }
  const mine = await ctx.db
    .selectFrom('demands')
    .select(['id', 'title', 'due_at'])
    .where('filed_by', '=', userId)
    .where('status', 'in', [...OPEN])
    .orderBy('due_at')
    .limit(1)
    .executeTakeFirst()
  if (mine) items.push(item('我的诉求办结时限', mine.id, mine.title, mine.due_at, ctx.now))
  return items
}

const item = (label: string, id: number, title: string, at: Date | string, now: Date): NextItem => ({
  label,
  title,
  at: new Date(at).toISOString(),
  url: `/subpackages/demands/detail?id=${id}`,
  overdue: new Date(at) < now,
})
