import { handler, own } from '../../server/core/define-function'
import { presentVerification, VERIFICATION_COLUMNS } from './domain/verification'

export const riderStatus = handler('canteen', 'riderStatus', {
  access: own("the caller's rider verification"),
  async run({ db, user }) {
    const latest = await db
      .selectFrom('rider_verifications as v')
      .innerJoin('users as u', 'u.id', 'v.user_id')
      .select(VERIFICATION_COLUMNS)
      .where('v.user_id', '=', user.id)
      .orderBy('v.id', 'desc')
      .executeTakeFirst()
    return { verified: Boolean(user.rider_verified_at), latest: latest ? presentVerification(latest) : null }
  },
})
