import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { formatShanghai } from '../../server/time/shanghai'
import { awardedSide, challengeParty } from './domain/access'
import { addRating } from './domain/profiles'
import { liaisonsOf } from './domain/tell'

/**
 * Rate the other side once the delivery is accepted: the enterprise rates the taker (their
 * profile's record, and each team member's), the taker's side rates the enterprise. Once each.
 */
export const rate = handler('talent', 'rate', {
  access: challengeParty('challengeId'),
  async run(ctx, { score, comment }) {
    const { db, user, now, target } = ctx
    const { challenge: c, side } = target
    if (c.status !== 'solved') refuse('CONFLICT', '交付验收通过后才能评价')
    const taker = await awardedSide(db, c)
    if (!taker) return refuse('CONFLICT', '这张榜单没有中榜方')
    const inserted = await db
      .insertInto('talent_ratings')
      .values({
        challenge_id: c.id,
        side,
        rater_id: user.id,
        ratee_user_id: side === 'enterprise' ? taker.take.user_id : null,
        ratee_enterprise_id: side === 'taker' ? c.enterprise_id : null,
        score,
        comment,
        created_at: now,
      })
      .onConflict((oc) => oc.columns(['challenge_id', 'side']).doNothing())
      .returning('id')
      .executeTakeFirst()
    if (!inserted) refuse('CONFLICT', side === 'enterprise' ? '你已评价过中榜方' : '你们已评价过发榜企业')
    const told = side === 'enterprise' ? taker.people : await liaisonsOf(ctx, c.enterprise_id)
    if (side === 'enterprise') await addRating(db, taker.people, score)
    for (const userId of told) {
      await notify(ctx, {
        userId,
        kind: 'talent_rated',
        data: { challenge: c.title, score },
        page: side === 'enterprise' ? '/subpackages/talent/mine' : `/subpackages/talent/manage?id=${c.id}`,
        event: `talent_rated:${c.id}:${side}`,
      })
    }
    return { score, comment, at: formatShanghai(now) }
  },
})
