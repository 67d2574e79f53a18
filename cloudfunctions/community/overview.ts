import { ROLES, ROLE_LABELS } from '../../contract/roles'
import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { isAdmin, socialWorkerOf } from '../../server/people/roles'

/** Social workers see their own community; admins any community. */
export const overview = handler('community', 'overview', {
  access: ['social_worker', 'admin'],
  async run({ db, user }, { communityId }) {
    const wanted = communityId ?? socialWorkerOf(user)[0] ?? user.community_id
    if (!wanted) return refuse('NOT_FOUND', '你还没有所属社区')
    if (!isAdmin(user) && !socialWorkerOf(user).includes(wanted)) refuse('FORBIDDEN', '只能查看本社区的概况')
    const community = await db
      .selectFrom('communities')
      .select(['id', 'name'])
      .where('id', '=', wanted)
      .executeTakeFirst()
    if (!community) return refuse('NOT_FOUND', '没有这个社区')
    // People of the community by the roles they hold (one person may count under several).
    const rows = await db
      .selectFrom('user_roles as g')
      .innerJoin('users as u', 'u.id', 'g.user_id')
      .select(['g.role', (eb) => eb.fn.count<number>('g.user_id').distinct().as('n')])
      .where('u.community_id', '=', wanted)
      .where('u.deleted_at', 'is', null)
      .where('g.revoked_at', 'is', null)
      .groupBy('g.role')
      .execute()
    const { total } = await db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .where('community_id', '=', wanted)
      .where('deleted_at', 'is', null)
      .executeTakeFirstOrThrow()
    const counts = new Map(rows.map((r) => [r.role, Number(r.n)]))
    const usersByRole = ROLES.map((role) => ({ role, roleLabel: ROLE_LABELS[role], count: counts.get(role) ?? 0 }))
    return { community, usersByRole, totalUsers: Number(total) }
  },
})
