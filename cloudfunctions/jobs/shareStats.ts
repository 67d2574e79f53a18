import { handler } from '../../server/core/define-function'
import { isAdmin, socialWorkerOf } from '../../server/people/roles'
import { sharedWorkerDays } from './domain/shares'

/** 共享员工 per community: matches both enterprises confirmed, and worker-days of consenting workers. */
export const shareStats = handler('jobs', 'shareStats', {
  access: ['social_worker', 'admin'],
  async run({ db, user }) {
    const rows = await sharedWorkerDays(db, isAdmin(user) ? null : socialWorkerOf(user))
    return { communities: rows.map(({ community, matches, workerDays }) => ({ community, matches, workerDays })) }
  },
})
