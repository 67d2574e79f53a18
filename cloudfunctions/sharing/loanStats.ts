import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { isAdmin, socialWorkerOf } from '../../server/people/roles'
import { loanStatistics } from './domain/loans'

/** 红链贷 figures of a community (a 社工's own; admins any or all): applications, approvals, amounts. */
export const loanStats = handler('sharing', 'loanStats', {
  access: ['social_worker', 'admin'],
  async run({ db, user }, { communityId }) {
    const communities = isAdmin(user) ? (communityId ? [communityId] : null) : socialWorkerOf(user)
    if (communityId && !isAdmin(user) && !communities!.includes(communityId))
      refuse('FORBIDDEN', '只能查看本社区的统计')
    let q = db.selectFrom('sharing_loan_programmes').select('id')
    if (communities)
      q = q.where('community_id', 'in', communityId ? [communityId] : communities.length ? communities : [-1])
    const programmeIds = (await q.execute()).map((p) => p.id)
    return loanStatistics(db, { programmeIds })
  },
})
