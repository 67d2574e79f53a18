import { handler } from '../../server/core/define-function'

/** Interest groups (社群): 徒步、摄影、读书… with member counts and whether I am in. */
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
        'c.name as community_name',
        eb.fn.count<number>('m.user_id').as('members'),
        eb.fn
          .countAll<number>()
          .filterWhere('m.user_id', '=', user?.id ?? -1)
          .as('mine'),
      ])
      .groupBy(['g.id', 'c.name'])
      .orderBy('g.id')
      .execute()
    return {
      items: rows.map((g) => ({
        id: g.id,
        name: g.name,
        intro: g.intro,
        communityName: g.community_name,
        members: Number(g.members),
        joined: Number(g.mine) > 0,
      })),
    }
  },
})
