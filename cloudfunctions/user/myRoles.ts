import { handler, own } from '../../server/core/define-function'
import { presentMe } from '../../server/people/present'
import { APPLICATION_COLUMNS, presentApplication } from './domain/applications'
import { latestRiderVerification } from '../canteen/public'

/** 我的身份: what the caller holds, what they asked for, and where their rider verification stands. */
export const myRoles = handler('user', 'myRoles', {
  access: own("the caller's roles and applications"),
  async run({ db, user, signInMethod }) {
    const me = await presentMe(db, user, signInMethod ?? 'wechat')
    const applications = await db
      .selectFrom('role_applications as a')
      .innerJoin('communities as c', 'c.id', 'a.community_id')
      .select(APPLICATION_COLUMNS)
      .where('a.user_id', '=', user.id)
      .orderBy('a.id', 'desc')
      .limit(20)
      .execute()
    const rider = await latestRiderVerification(db, user.id)
    return {
      held: me.roles,
      applications: applications.map(presentApplication),
      rider: { verified: me.riderVerified, status: rider?.status ?? null, reason: rider?.reason ?? null },
    }
  },
})
