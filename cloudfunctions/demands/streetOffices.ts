import { handler } from '../../server/core/define-function'

/** Admins: each community with its street office (逾期督办 goes there), and the active street offices. */
export const streetOffices = handler('demands', 'streetOffices', {
  access: ['admin'],
  async run({ db }) {
    const communities = await db
      .selectFrom('communities as c')
      .leftJoin('demand_street_offices as s', 's.community_id', 'c.id')
      .leftJoin('departments as d', 'd.id', 's.department_id')
      .select(['c.id', 'c.name', 'c.street', 'd.id as office_id', 'd.name as office_name'])
      .orderBy('c.id')
      .execute()
    const offices = await db
      .selectFrom('departments')
      .select(['id', 'name'])
      .where('kind', '=', 'street')
      .where('active', '=', true)
      .orderBy('id')
      .execute()
    return {
      communities: communities.map((c) => ({
        id: c.id,
        name: c.name,
        street: c.street,
        office: c.office_id && c.office_name ? { id: c.office_id, name: c.office_name } : null,
      })),
      offices,
    }
  },
})
