import { sql } from 'kysely'
import { refuse } from '../../../server/core/app-error'
import { audit } from '../../../server/core/audit'
import { raise } from '../../../server/core/events'
import type { TxCtx } from '../../../server/core/tx'
import type { UserRow } from '../../../server/db/schema'

/**
 * The person now lives and works in `communityId` (first use, or a move between parks): the
 * history is a row in community_moves and an audit entry. Staff grants are scoped on their own
 * and are not moved. What is still waiting for review moves along to the new community's social
 * workers — except a liaison application for an enterprise already on record, which its own
 * community confirms. Returns how many waiting applications moved.
 */
export async function moveTo(ctx: TxCtx, user: UserRow, communityId: number): Promise<number> {
  const { db, now } = ctx
  const to = await db.selectFrom('communities').select(['id', 'name']).where('id', '=', communityId).executeTakeFirst()
  if (!to) return refuse('NOT_FOUND', '没有这个社区')
  const from = user.community_id
  if (from === communityId) return refuse('BAD_REQUEST', `你已在${to.name}`)
  await db.updateTable('users').set({ community_id: communityId }).where('id', '=', user.id).execute()
  await db
    .insertInto('community_moves')
    .values({ user_id: user.id, from_community_id: from, to_community_id: communityId, moved_at: now })
    .execute()
  let moved = 0
  if (from !== null) {
    const apps = await db
      .updateTable('role_applications as a')
      .set({ community_id: communityId })
      .where('a.user_id', '=', user.id)
      .where('a.status', '=', 'pending')
      .where('a.community_id', '=', from)
      .where((eb) =>
        eb.or([
          eb('a.role', '<>', 'enterprise'),
          sql<boolean>`not exists (select 1 from enterprises e where e.credit_code = a.details->>'creditCode')`,
        ]),
      )
      .executeTakeFirst()
    // Other features' waiting items (a rider verification) move in their own listeners.
    const others = { count: 0 }
    await raise(ctx, 'communityMoved', { userId: user.id, from, to: communityId, moved: others })
    moved = Number(apps.numUpdatedRows) + others.count
  }
  await audit(ctx, {
    actorId: user.id,
    action: 'user.move',
    subject: { type: 'user', id: user.id },
    communityId,
    before: { communityId: from },
    after: { communityId, movedApplications: moved },
  })
  return moved
}
