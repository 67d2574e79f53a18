import { handler } from '../../server/core/define-function'
import { isAdmin, socialWorkerOf } from '../../server/people/roles'
import { isCommunityStaff } from '../../server/people/staff'

/** Interest groups (社群): 徒步、摄影、读书… with member counts, whether I am in, and what I may do with each. */
export const groups = handler('activities', 'groups', {
  access: 'public',
  async run({ db, user }) {
    const rows = await db
      .selectFrom('activity_groups as g')
      .innerJoin('communities as c', 'c.id', 'g.community_id')
      .leftJoin('activity_group_members as m', 'm.group_id', 'g.id')
      .select((eb) => [
        'g.id',
        'g.name',
        'g.intro',
        'g.cover',
        'g.community_id',
        'c.name as community_name',
        eb.fn.count<number>('m.user_id').as('members'),
        eb.fn
          .countAll<number>()
          .filterWhere('m.user_id', '=', user?.id ?? -1)
          .as('mine'),
      ])
      .where('g.archived_at', 'is', null)
      .groupBy(['g.id', 'c.name'])
      .orderBy('g.id')
      .execute()
    const keeps = !user
      ? []
      : isAdmin(user)
        ? await db.selectFrom('communities').select(['id', 'name']).orderBy('id').execute()
        : socialWorkerOf(user).length
          ? await db
              .selectFrom('communities')
              .select(['id', 'name'])
              .where('id', 'in', socialWorkerOf(user))
              .orderBy('id')
              .execute()
          : []
    return {
      items: rows.map((g) => ({
        id: g.id,
        name: g.name,
        intro: g.intro,
        communityId: g.community_id,
        communityName: g.community_name,
        cover: g.cover,
        members: Number(g.members),
        joined: Number(g.mine) > 0,
        can: isCommunityStaff(user, g.community_id) ? (['edit', 'archive'] as const).slice() : [],
      })),
      keeps,
    }
  },
})
