import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { wishStaff } from './domain/access'
import { presentWishes } from './domain/wishes'

/** A social worker links a wish to a resource; the wisher is told. */
export const linkWish = handler('demands', 'linkWish', {
  access: wishStaff('wishId'),
  async run(ctx, input) {
    const w = ctx.target
    const r = await ctx.db
      .selectFrom('demand_resources')
      .select(['id', 'title', 'provider', 'community_id', 'active'])
      .where('id', '=', input.resourceId)
      .executeTakeFirst()
    if (!r || !r.active || (r.community_id !== null && r.community_id !== w.community_id))
      return refuse('BAD_REQUEST', '所选资源不存在或不属于本社区')
    await ctx.db
      .updateTable('wishes')
      .set({ status: 'matched', resource_id: r.id, linked_by: ctx.user.id, linked_at: ctx.now })
      .where('id', '=', w.id)
      .execute()
    await audit(ctx, {
      actorId: ctx.user.id,
      action: 'wish.link',
      subject: { type: 'wish', id: w.id },
      communityId: w.community_id,
      before: { status: w.status, resourceId: w.resource_id },
      after: { status: 'matched', resourceId: r.id },
      note: input.note ?? '',
    })
    await notify(ctx, {
      userId: w.user_id,
      kind: 'wish_matched',
      data: { wish: w.title, resource: r.title, provider: r.provider },
      page: `/subpackages/demands/lists?tab=wishes&communityId=${w.community_id}`,
      event: `wish:${w.id}:link:${r.id}`,
    })
    return (await presentWishes(ctx.db, [w.id], ctx.user.id))[0]
  },
})
