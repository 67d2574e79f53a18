import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { claimWisher, presentWishDetail, wishPage } from './domain/claims'

/** The wisher confirms the wish fulfilled and thanks the giver; it goes on the community's 圆梦墙. */
export const confirmWish = handler('demands', 'confirmWish', {
  access: claimWisher('claimId'),
  async run(ctx, { thanks }) {
    const c = ctx.target
    if (c.status !== 'fulfilled') refuse('CONFLICT', '认领人还没有标记完成，暂不能确认圆梦')
    await ctx.db
      .updateTable('wish_claims')
      .set({ status: 'confirmed', confirmed_at: ctx.now, thanks })
      .where('id', '=', c.id)
      .execute()
    await ctx.db.updateTable('wishes').set({ fulfilled_at: ctx.now }).where('id', '=', c.wish_id).execute()
    if (c.claimer_id !== null)
      await notify(ctx, {
        userId: c.claimer_id,
        kind: 'wish_thanked',
        data: { wish: c.title, thanks },
        page: wishPage(c.wish_id),
        event: `wish_claim:${c.id}:confirmed`,
      })
    return presentWishDetail(ctx.db, c.wish_id, ctx.user)
  },
})
