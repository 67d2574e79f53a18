import type { Transaction } from 'kysely'
import type { IndustryChain } from '../../../contract/talent-vocabulary'
import type { DB } from '../../../server/db/schema'
import { formatShanghai } from '../../../server/time/shanghai'

type Trx = Transaction<DB>

export function needsQuery(db: Trx) {
  return db
    .selectFrom('talent_needs as n')
    .innerJoin('enterprises as e', 'e.id', 'n.enterprise_id')
    .innerJoin('communities as m', 'm.id', 'n.community_id')
    .selectAll('n')
    .select(['e.name as enterprise_name', 'm.name as community_name'])
}
type NeedRow = Awaited<ReturnType<ReturnType<typeof needsQuery>['execute']>>[number]

export const presentNeed = (n: NeedRow) => ({
  id: n.id,
  role: n.role,
  chain: n.chain as IndustryChain,
  skills: n.skills,
  mode: n.mode,
  place: n.place,
  headcount: n.headcount,
  description: n.description,
  status: n.status,
  enterpriseName: n.enterprise_name,
  communityName: n.community_name,
  postedAt: formatShanghai(new Date(n.created_at)),
})
