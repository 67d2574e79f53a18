import { handler } from '../../server/core/define-function'
import { isAdmin, socialWorkerOf } from '../../server/people/roles'
import { formatShanghai } from '../../server/time/shanghai'

/** Keepers: the canteens in their reach (an admin: all; a 社工: their communities'), retired ones too. */
export const managed = handler('canteen', 'managed', {
  access: ['admin', 'social_worker'],
  async run({ db, user }) {
    const reach = isAdmin(user) ? null : socialWorkerOf(user)
    let q = db
      .selectFrom('canteens as p')
      .innerJoin('communities as c', 'c.id', 'p.community_id')
      .select(['p.id', 'p.name', 'p.address', 'p.active', 'p.retired_at', 'p.retired_reason', 'c.name as community'])
      .orderBy('p.active', 'desc')
      .orderBy('p.id')
    let cq = db.selectFrom('communities').select(['id', 'name']).orderBy('id')
    if (reach) {
      q = q.where('p.community_id', 'in', reach.length ? reach : [-1])
      cq = cq.where('id', 'in', reach.length ? reach : [-1])
    }
    return {
      items: (await q.execute()).map((p) => ({
        id: p.id,
        name: p.name,
        communityName: p.community,
        address: p.address,
        active: p.active,
        retiredAt: p.retired_at ? formatShanghai(new Date(p.retired_at)) : null,
        retiredReason: p.retired_reason,
      })),
      communities: await cq.execute(),
    }
  },
})
