import { handler, own } from '../../server/core/define-function'
import { presentMe } from '../../server/people/present'
import { moveTo } from './domain/move'

/** 更换社区: a move between parks, kept as history (community_moves) and audited. */
export const changeCommunity = handler('user', 'changeCommunity', {
  access: own('the caller moves their own account'),
  async run(ctx, { communityId }) {
    const { db, user, signInMethod } = ctx
    const movedApplications = await moveTo(ctx, user, communityId)
    const row = await db.selectFrom('users').selectAll().where('id', '=', user.id).executeTakeFirstOrThrow()
    return { me: await presentMe(db, row, signInMethod ?? 'wechat'), movedApplications }
  },
})
