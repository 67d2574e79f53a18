import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { presentMe } from '../../server/people/present'
import { requestRoles as request } from './domain/request-roles'

/** Ask for more roles later (我的 → 我的身份), under the same rules as first use. */
export const requestRoles = handler('user', 'requestRoles', {
  access: own('the caller asks for roles for themselves'),
  async run(ctx, req) {
    const { db, user, signInMethod } = ctx
    if (!user.community_id) return refuse('BAD_REQUEST', '请先选择所在社区')
    const outcomes = await request(ctx, user, user.community_id, req)
    const row = await db.selectFrom('users').selectAll().where('id', '=', user.id).executeTakeFirstOrThrow()
    return { me: await presentMe(db, row, signInMethod ?? 'wechat'), outcomes }
  },
})
