import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { claimWisher, presentWishDetail, wishPage } from './domain/claims'

/** The wisher accepts the offer (the claimer goes ahead) or declines it (the wish is open again). */
export const answerClaim = handler('demands', 'answerClaim', {
  access: claimWisher('claimId'),
  async run(ctx, { accept }) {
    const c = ctx.target
    if (c.status !== 'offered') refuse('CONFLICT', '这个认领已经答复过了')
    await ctx.db
      .updateTable('wish_claims')
      .set({ status: accept ? 'accepted' : 'declined', answered_at: ctx.now })
      .where('id', '=', c.id)
      .execute()
    if (c.claimer_id !== null)
      await notify(ctx, {
        userId: c.claimer_id,
        kind: 'wish_claim_answered',
        data: { wish: c.title, answer: accept ? '心愿人已接受你的认领，请按约定帮助实现' : '心愿人婉拒了这次认领' },
        page: wishPage(c.wish_id),
        event: `wish_claim:${c.id}:${accept ? 'accepted' : 'declined'}`,
      })
    return presentWishDetail(ctx.db, c.wish_id, ctx.user)
  },
})
