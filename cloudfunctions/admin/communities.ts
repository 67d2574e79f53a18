import { handler } from '../../server/core/define-function'

/** Every community with its home-card figures, centre, and how many grids, enterprises and 社工 it has. */
export const communities = handler('admin', 'communities', {
  access: ['admin', 'social_worker'],
  async run({ db }) {
    const rows = await db
      .selectFrom('communities as c')
      .selectAll('c')
      .select((eb) => [
        eb
          .selectFrom('grids as g')
          .whereRef('g.community_id', '=', 'c.id')
          .select(eb.fn.countAll<number>().as('n'))
          .as('grids'),
        eb
          .selectFrom('enterprises as e')
          .whereRef('e.community_id', '=', 'c.id')
          .select(eb.fn.countAll<number>().as('n'))
          .as('registered'),
        eb
          .selectFrom('user_roles as r')
          .whereRef('r.community_id', '=', 'c.id')
          .where('r.role', '=', 'social_worker')
          .where('r.revoked_at', 'is', null)
          .select(eb.fn.countAll<number>().as('n'))
          .as('social_workers'),
      ])
      .orderBy('c.id')
      .execute()
    return {
      items: rows.map((c) => ({
        id: c.id,
        code: c.code,
        name: c.name,
        district: c.district,
        street: c.street,
        address: c.address,
        enterprises: c.enterprises,
        workers: c.workers,
        intro: c.intro,
        motto: c.motto,
        lng: c.lng,
        lat: c.lat,
        grids: Number(c.grids ?? 0),
        registeredEnterprises: Number(c.registered ?? 0),
        socialWorkers: Number(c.social_workers ?? 0),
      })),
    }
  },
})
