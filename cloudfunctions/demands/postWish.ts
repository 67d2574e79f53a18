import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { bigrams } from '../../server/text/bigrams'
import { attach } from './domain/attachments'
import { presentWishes } from './domain/wishes'

/** 微心愿: a worker or rider posts a wish (with photos) to their community's 职工所盼 list. */
export const postWish = handler('demands', 'postWish', {
  access: own('posts a wish in the name of the caller'),
  async run(ctx, input) {
    const communityId = input.communityId ?? ctx.user.community_id
    if (!communityId) return refuse('BAD_REQUEST', '请先选择你所在的社区')
    const exists = await ctx.db.selectFrom('communities').select('id').where('id', '=', communityId).executeTakeFirst()
    if (!exists) return refuse('NOT_FOUND', '社区不存在')
    const { id } = await ctx.db
      .insertInto('wishes')
      .values({
        community_id: communityId,
        user_id: ctx.user.id,
        category: input.category,
        title: input.title,
        description: input.description,
        terms: bigrams(`${input.title} ${input.description}`),
        created_at: ctx.now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await attach(ctx, { wishId: id }, input.photos, ctx.user.id)
    return (await presentWishes(ctx.db, [id], ctx.user.id))[0]
  },
})
