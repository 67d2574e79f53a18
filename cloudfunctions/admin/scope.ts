import { handler } from '../../server/core/define-function'
import { departmentsOf } from '../../server/people/roles'
import { reachOf } from './domain/access'

/** What the admin pages may offer the asker: all communities (admin) or their own (社工), and their departments. */
export const scope = handler('admin', 'scope', {
  access: ['admin', 'social_worker', 'department'],
  async run({ db, user }) {
    const reach = reachOf(user)
    let q = db.selectFrom('communities').select(['id', 'name']).orderBy('id')
    if (reach.communityIds !== null) q = q.where('id', 'in', reach.communityIds.length ? reach.communityIds : [-1])
    const mine = departmentsOf(user)
    const departments = mine.length
      ? await db.selectFrom('departments').select(['id', 'name']).where('id', 'in', mine).orderBy('id').execute()
      : []
    return { admin: reach.admin, communities: await q.execute(), departments }
  },
})
