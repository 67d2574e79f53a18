import type { SeedCtx } from '../../server/core/feature'
import { demoUserId } from '../user/seed'

// 一社工一网格 demo history (示例), dated from the seed's clock: each grid's 社工 has held it for a
// year; 灵峰's 第三网格 changed hands 60 days ago (its earlier 社工 moved to 第二网格), signed by
// the demo admin.
const DAY = 86_400_000

export async function seedGridHandovers(ctx: SeedCtx): Promise<Record<string, number>> {
  const { db, now } = ctx
  if (await db.selectFrom('grid_handovers').select('id').limit(1).executeTakeFirst()) return { gridHandovers: 0 }
  const grids = await db
    .selectFrom('grids as g')
    .innerJoin('communities as c', 'c.id', 'g.community_id')
    .select(['g.id', 'g.name', 'g.social_worker_id', 'c.code'])
    .where('g.social_worker_id', 'is not', null)
    .execute()
  const admin = await demoUserId(db, 'admin')
  const yearAgo = new Date(now.getTime() - 365 * DAY)
  const handedAt = new Date(now.getTime() - 60 * DAY)
  let n = 0
  for (const g of grids) {
    const handed = g.code === 'BL-LINGFENG' && g.name === '第三网格'
    if (handed) {
      const previous = grids.find((x) => x.code === 'BL-LINGFENG' && x.name === '第二网格')
      await db
        .insertInto('grid_handovers')
        .values({
          grid_id: g.id,
          social_worker_id: previous?.social_worker_id ?? null,
          since: yearAgo,
          until: handedAt,
          note: '示例',
        })
        .execute()
      n++
    }
    await db
      .insertInto('grid_handovers')
      .values({
        grid_id: g.id,
        social_worker_id: g.social_worker_id,
        since: handed ? handedAt : yearAgo,
        handed_by: handed ? admin : null,
        note: handed ? '岗位调整，前任社工转到第二网格（示例）' : '示例',
      })
      .execute()
    n++
  }
  return { gridHandovers: n }
}
