import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { presentMe } from '../../server/people/present'
import { moveTo } from './domain/move'
import { requestRoles } from './domain/request-roles'

/**
 * First use: the community and what the person is, in one transaction (a refused part — a wrong
 * credit code, an age over 35 — leaves the person exactly as they were, still to be onboarded).
 */
export const onboard = handler('user', 'onboard', {
  access: own('the caller sets up their own account'),
  async run(ctx, { communityId, displayName, ...req }) {
    const { db, user, signInMethod } = ctx
    if (user.onboarded_at) refuse('CONFLICT', '你已完成首次设置；更换社区或申请其他身份请到 我的 页面')
    await moveTo(ctx, user, communityId)
    const outcomes = await requestRoles(ctx, { ...user, community_id: communityId }, communityId, req)
    // The name others see, asked here of a WeChat user (who arrives as 微信用户).
    await db
      .updateTable('users')
      .set({ onboarded_at: ctx.now, ...(displayName ? { display_name: displayName } : {}) })
      .where('id', '=', user.id)
      .execute()
    const row = await db.selectFrom('users').selectAll().where('id', '=', user.id).executeTakeFirstOrThrow()
    return { me: await presentMe(db, row, signInMethod ?? 'wechat'), outcomes }
  },
})
