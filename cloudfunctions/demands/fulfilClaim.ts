import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { attach } from './domain/attachments'
import { claimHolder, presentWishDetail, wishPage } from './domain/claims'

/** The claimer marks the wish fulfilled with a photo (the demands upload path); the wisher is asked to confirm. */
export const fulfilClaim = handler('demands', 'fulfilClaim', {
  access: claimHolder('claimId'),
  async run(ctx, { photos, note }) {
    const c = ctx.target
    if (c.status === 'offered') refuse('CONFLICT', '心愿人还没有接受你的认领，暂不能标记完成')
    if (c.status !== 'accepted') refuse('CONFLICT', '这个认领已经标记完成或已结束')
    await attach(ctx, { wishId: c.wish_id }, photos, ctx.user.id)
    await ctx.db
      .updateTable('demand_attachments')
      .set({ claim_id: c.id })
      .where(
        'file_id',
        'in',
        photos.map((p) => p.fileId),
      )
      .execute()
    await ctx.db
      .updateTable('wish_claims')
      .set({ status: 'fulfilled', fulfilled_at: ctx.now, fulfil_note: note })
      .where('id', '=', c.id)
      .execute()
    await notify(ctx, {
      userId: c.wisher_id,
      kind: 'wish_fulfilled',
      data: { wish: c.title, claimer: c.claimer_label },
      page: wishPage(c.wish_id),
      event: `wish_claim:${c.id}:fulfilled`,
    })
    return presentWishDetail(ctx.db, c.wish_id, ctx.user)
  },
})
