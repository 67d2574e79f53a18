import type { Transaction } from 'kysely'
import { refuse } from '../../../server/core/app-error'
import { audit } from '../../../server/core/audit'
import type { TxCtx } from '../../../server/core/tx'
import type { DB } from '../../../server/db/schema'

/**
 * 一社工一网格: a grid has exactly one responsible 社工 at a time. A handover closes the open
 * period in grid_handovers and opens the next (at most one open row per grid: a unique index),
 * and sets grids.social_worker_id, which the rest of the app reads — in one transaction, with the
 * grid's row locked, so two admins handing one grid over at once queue and the second is told.
 * `expected` is the 社工 the caller saw responsible (undefined: whoever it is now).
 */
export async function handOverGrid(
  ctx: TxCtx & { user: { id: number } | null },
  gridId: number,
  to: number | null,
  opts: { expected?: number | null; note?: string } = {},
): Promise<{ changed: boolean; from: number | null }> {
  const grid = await ctx.db
    .selectFrom('grids as g')
    .leftJoin('users as u', 'u.id', 'g.social_worker_id')
    .select(['g.id', 'g.community_id', 'g.name', 'g.social_worker_id', 'u.display_name as worker'])
    .where('g.id', '=', gridId)
    .forUpdate('g')
    .executeTakeFirst()
  if (!grid) return refuse('NOT_FOUND', '没有这个网格')
  const from = grid.social_worker_id
  if (opts.expected !== undefined && opts.expected !== from)
    refuse(
      'CONFLICT',
      from === null
        ? `${grid.name}目前没有负责社工（已有人办理过交接），请刷新后再试`
        : `${grid.name}目前由${grid.worker}负责：一个网格同一时间只能有一位负责社工，请刷新后从${grid.worker}办理交接`,
    )
  if (from === to) return { changed: false, from }
  const at = ctx.now
  await ctx.db
    .updateTable('grid_handovers')
    .set({ until: at })
    .where('grid_id', '=', gridId)
    .where('until', 'is', null)
    .execute()
  if (to !== null)
    await ctx.db
      .insertInto('grid_handovers')
      .values({
        grid_id: gridId,
        social_worker_id: to,
        since: at,
        handed_by: ctx.user?.id ?? null,
        note: opts.note ?? '',
      })
      .execute()
  await ctx.db.updateTable('grids').set({ social_worker_id: to }).where('id', '=', gridId).execute()
  await audit(ctx, {
    actorId: ctx.user?.id ?? null,
    action: 'grid.handover',
    subject: { type: 'grid', id: gridId },
    communityId: grid.community_id,
    before: { socialWorkerId: from },
    after: { socialWorkerId: to },
    note: opts.note ?? '',
  })
  return { changed: true, from }
}

/** The admin grid page's warnings: a 社工 holding several grids, a grid with none. */
export function gridWarnings(items: { name: string; socialWorkerId: number | null; socialWorker: string | null }[]) {
  const warnings: string[] = []
  const none = items.filter((g) => g.socialWorkerId === null).map((g) => g.name)
  if (none.length) warnings.push(`${none.join('、')}没有负责社工（一社工一网格：请指定一位）`)
  const held = new Map<number, { name: string; grids: string[] }>()
  for (const g of items) {
    if (g.socialWorkerId === null) continue
    const h = held.get(g.socialWorkerId) ?? { name: g.socialWorker ?? '', grids: [] }
    h.grids.push(g.name)
    held.set(g.socialWorkerId, h)
  }
  for (const h of held.values())
    if (h.grids.length > 1)
      warnings.push(
        `${h.name}同时负责 ${h.grids.length} 个网格（${h.grids.join('、')}）：一社工一网格，请交接给其他社工`,
      )
  return warnings
}

/** Each grid's responsible periods, newest first (who, from, until, handed over by). */
export async function handoverHistory(db: Transaction<DB>, gridIds: number[]) {
  if (gridIds.length === 0) return []
  return db
    .selectFrom('grid_handovers as h')
    .leftJoin('users as w', 'w.id', 'h.social_worker_id')
    .leftJoin('users as b', 'b.id', 'h.handed_by')
    .select(['h.grid_id', 'h.since', 'h.until', 'h.note', 'w.display_name as worker', 'b.display_name as by'])
    .where('h.grid_id', 'in', gridIds)
    .orderBy('h.since', 'desc')
    .orderBy('h.id', 'desc')
    .execute()
}
