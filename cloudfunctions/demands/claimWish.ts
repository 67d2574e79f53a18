import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { shanghaiDate } from '../../server/time/shanghai'
import { CLAIMER_KINDS } from '../../contract/demands'
import { claimerOf, presentWishDetail, wishPage } from './domain/claims'

/**
 * 认领 a wish, in one's own name or an organisation's. One live claim per wish: the insert does
 * nothing when the partial unique index (wish_claims_one_live) holds another, so of two claims at
 * once exactly one wins and the other hears 已被认领.
 */
export const claimWish = handler('demands', 'claimWish', {
  access: own('claims a wish in the name of the caller or an organisation they act for'),
  async run(ctx, input) {
    const { db, user, now } = ctx
    const w = await db
      .selectFrom('wishes')
      .select(['id', 'user_id', 'title', 'fulfilled_at'])
      .where('id', '=', input.wishId)
      .executeTakeFirst()
    if (!w) return refuse('NOT_FOUND', '心愿不存在')
    if (w.user_id === user.id) refuse('CONFLICT', '不能认领自己发布的心愿')
    if (w.fulfilled_at !== null) refuse('CONFLICT', '这个心愿已经圆梦了')
    if (input.byDate < shanghaiDate(now)) refuse('BAD_REQUEST', '预计完成日期不能早于今天')
    const who = await claimerOf(db, user, input.kind, input.orgId)
    const claimed = await db
      .insertInto('wish_claims')
      .values({
        wish_id: w.id,
        claimer_id: user.id,
        kind: input.kind,
        enterprise_id: who.enterpriseId,
        department_id: who.departmentId,
        claimer_label: who.label,
        how: input.how,
        by_date: input.byDate,
        offered_at: now,
      })
      .onConflict((oc) => oc.column('wish_id').where('status', 'in', ['offered', 'accepted', 'fulfilled']).doNothing())
      .returning('id')
      .executeTakeFirst()
    if (!claimed) return refuse('CONFLICT', '这个心愿已被认领，请看看其他心愿')
    await notify(ctx, {
      userId: w.user_id,
      kind: 'wish_claimed',
      data: { wish: w.title, claimer: `${CLAIMER_KINDS[input.kind]} ${who.label}`, by: input.byDate },
      page: wishPage(w.id),
      event: `wish_claim:${claimed.id}:offered`,
    })
    return presentWishDetail(db, w.id, user)
  },
})
