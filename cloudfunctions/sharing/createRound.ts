import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { communityStaff } from './domain/access'

/** A 社工 opens a 绿电享 buying round for their community. Audited. */
export const createRound = handler('sharing', 'createRound', {
  access: communityStaff('communityId'),
  async run(ctx, input) {
    if (input.joinCloses < input.joinOpens) refuse('BAD_REQUEST', '报名截止日期不能早于开始日期')
    if (input.priceE4 >= input.gridPriceE4) refuse('BAD_REQUEST', '团购电价应低于对比的电网电价')
    const values = {
      community_id: ctx.target.id,
      title: input.title,
      supplier: input.supplier,
      price_e4: input.priceE4,
      grid_price_e4: input.gridPriceE4,
      threshold_kind: input.thresholdKind,
      threshold: input.threshold,
      join_opens: input.joinOpens,
      join_closes: input.joinCloses,
    }
    const { id } = await ctx.db
      .insertInto('sharing_power_rounds')
      .values({ ...values, created_by: ctx.user.id, created_at: ctx.now })
      .returning('id')
      .executeTakeFirstOrThrow()
    await audit(ctx, {
      actorId: ctx.user.id,
      action: 'sharing.round.create',
      subject: { type: 'sharing_power_round', id },
      communityId: ctx.target.id,
      after: values,
    })
    return { id }
  },
})
