import { ROLES, ROLE_LABELS } from '../../contract/roles'
import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'

/** Social workers see their own community; admins any community. */
export const overview = handler('community', 'overview', {
  access: ['social_worker', 'admin'],
  async run({ db, user }, { communityId }) {
    const wanted = communityId ?? user.community_id
    if (!wanted) return refuse('NOT_FOUND', '你还没有所属社区')
    if (user.role !== 'admin' && wanted !== user.community_id) refuse('FORBIDDEN', '只能查看本社区的概况')
    const community = await db
      .selectFrom('communities')
      .select(['id', 'name'])
      .where('id', '=', wanted)
      .executeTakeFirst()
    if (!community) return refuse('NOT_FOUND', '没有这个社区')
    const rows = await db
      .selectFrom('users')
      .select(['role', (eb) => eb.fn.countAll<number>().as('n')])
      .where('community_id', '=', wanted)
      .groupBy('role')
      .execute()
    const counts = new Map(rows.map((r) => [r.role, Number(r.n)]))
    const usersByRole = ROLES.map((role) => ({ role, roleLabel: ROLE_LABELS[role], count: counts.get(role) ?? 0 }))
    return { community, usersByRole, totalUsers: usersByRole.reduce((a, r) => a + r.count, 0) }
  },
})
