import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { awardedSide, challengeOwner } from './domain/access'
import { tellTake } from './domain/tell'

/** 验收交付: every milestone accepted → the challenge is solved; both sides may now rate. */
export const acceptDelivery = handler('talent', 'acceptDelivery', {
  access: challengeOwner('challengeId'),
  async run(ctx) {
    const { db, user, now, target: c } = ctx
    if (c.status === 'solved') refuse('CONFLICT', '已验收，无需重复操作')
    if (c.status !== 'awarded') refuse('CONFLICT', '定榜之后才能验收交付')
    const { n } = await db
      .selectFrom('talent_milestones')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('challenge_id', '=', c.id)
      .where('status', '<>', 'accepted')
      .executeTakeFirstOrThrow()
    if (Number(n) > 0) refuse('CONFLICT', `还有 ${n} 个里程碑未验收`)
    await db
      .updateTable('talent_challenges')
      .set({ status: 'solved', solved_at: now, updated_at: now })
      .where('id', '=', c.id)
      .execute()
    const side = await awardedSide(db, c)
    if (side) await tellTake(ctx, c, side.take, { state: '交付已验收', note: '欢迎对发榜企业进行评价。' })
    await audit(ctx, {
      actorId: user.id,
      action: 'talent.challenge.solve',
      subject: { type: 'talent_challenge', id: c.id },
      communityId: c.community_id,
    })
    return { status: 'solved' as const }
  },
})
