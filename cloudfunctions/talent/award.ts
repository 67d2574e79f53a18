import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { challengeOwner } from './domain/access'
import { tellTake } from './domain/tell'

/** 定榜: award the challenge to one of its live takes; the others are told they were not selected. */
export const award = handler('talent', 'award', {
  access: challengeOwner('challengeId'),
  async run(ctx, { takeId }) {
    const { db, user, now, target: c } = ctx
    if (c.status !== 'open') refuse('CONFLICT', c.status === 'closed' ? '榜单已关闭' : '这张榜单已经定榜')
    const take = await db
      .selectFrom('talent_takes')
      .selectAll()
      .where('id', '=', takeId)
      .where('challenge_id', '=', c.id)
      .forUpdate()
      .executeTakeFirst()
    if (!take || take.status === 'withdrawn') return refuse('BAD_REQUEST', '只能授予揭了这张榜的揭榜方')
    await db.updateTable('talent_takes').set({ status: 'awarded', updated_at: now }).where('id', '=', take.id).execute()
    const others = await db
      .updateTable('talent_takes')
      .set({ status: 'not_selected', updated_at: now })
      .where('challenge_id', '=', c.id)
      .where('id', '<>', take.id)
      .where('status', 'in', ['submitted', 'shortlisted'])
      .returning(['id', 'user_id', 'team_id'])
      .execute()
    await db
      .updateTable('talent_challenges')
      .set({ status: 'awarded', awarded_take_id: take.id, updated_at: now })
      .where('id', '=', c.id)
      .execute()
    await tellTake(ctx, c, take, { state: '已中榜', note: '发榜企业将设置里程碑，请按期交付。' })
    for (const o of others) await tellTake(ctx, c, o, { state: '未中榜', note: '感谢参与，欢迎关注其他榜单。' })
    await audit(ctx, {
      actorId: user.id,
      action: 'talent.challenge.award',
      subject: { type: 'talent_challenge', id: c.id },
      communityId: c.community_id,
      after: { takeId: take.id, takerId: take.user_id, teamId: take.team_id },
    })
    return { status: 'awarded' as const }
  },
})
