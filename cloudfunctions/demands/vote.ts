import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { presentWishes } from './domain/wishes'

/** 我也需要: one vote per person per wish (the primary key says so, also under concurrency). */
export const vote = handler('demands', 'vote', {
  access: own('adds the caller\'s own "我也需要" to a wish'),
  async run(ctx, input) {
    const w = await ctx.db
      .selectFrom('wishes')
      .select(['id', 'user_id'])
      .where('id', '=', input.wishId)
      .executeTakeFirst()
    if (!w) return refuse('NOT_FOUND', '心愿不存在')
    if (w.user_id === ctx.user.id) refuse('CONFLICT', '这是你自己发布的心愿')
    const voted = await ctx.db
      .insertInto('wish_votes')
      .values({ wish_id: w.id, user_id: ctx.user.id, at: ctx.now })
      .onConflict((oc) => oc.columns(['wish_id', 'user_id']).doNothing())
      .returning('wish_id')
      .executeTakeFirst()
    if (!voted) refuse('CONFLICT', '你已经点过「我也需要」了')
    await ctx.db
      .updateTable('wishes')
      .set((eb) => ({ votes: eb('votes', '+', 1) }))
      .where('id', '=', w.id)
      .execute()
    return (await presentWishes(ctx.db, [w.id], ctx.user.id))[0]
  },
})
