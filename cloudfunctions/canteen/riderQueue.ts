import { handler } from '../../server/core/define-function'
import { isAdmin, socialWorkerOf } from '../../server/people/roles'
import { presentVerification, VERIFICATION_COLUMNS } from './domain/verification'

/** Pending rider verifications: a social worker sees their community's, an admin all. */
export const riderQueue = handler('canteen', 'riderQueue', {
  access: ['social_worker', 'admin'],
  async run({ db, user }) {
    let q = db
      .selectFrom('rider_verifications as v')
      .innerJoin('users as u', 'u.id', 'v.user_id')
      .select(VERIFICATION_COLUMNS)
      .where('v.status', '=', 'pending')
      .orderBy('v.id')
      .limit(100)
    if (!isAdmin(user)) q = q.where('v.community_id', 'in', [...socialWorkerOf(user), -1])
    return { items: (await q.execute()).map(presentVerification) }
  },
})
