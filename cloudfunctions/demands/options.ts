import { URGENCIES, type Urgency } from '../../contract/demands'
import { handler } from '../../server/core/define-function'
import { departmentsOf, enterprisesOf, isAdmin, socialWorkerOf } from '../../server/people/roles'
import { SLA_HOURS, SLOW_CATEGORIES } from './domain/sla'

/** What the pages need: the asker's enterprises, departments and communities, the departments to dispatch to, the SLA table. */
export const options = handler('demands', 'options', {
  access: 'public',
  async run({ db, user }) {
    const enterpriseIds = user ? enterprisesOf(user) : []
    const enterprises = enterpriseIds.length
      ? await db
          .selectFrom('enterprises as e')
          .innerJoin('communities as c', 'c.id', 'e.community_id')
          .leftJoin('grids as g', 'g.id', 'e.grid_id')
          .select(['e.id', 'e.name', 'c.name as community', 'g.name as grid'])
          .where('e.id', 'in', enterpriseIds)
          .orderBy('e.id')
          .execute()
      : []
    const departments = user
      ? await db
          .selectFrom('departments')
          .select(['id', 'name', 'kind', 'district'])
          .where('active', '=', true)
          .orderBy('kind')
          .orderBy('id')
          .execute()
      : []
    const communityIds = user ? socialWorkerOf(user) : []
    const communities =
      user && (isAdmin(user) || communityIds.length)
        ? await db
            .selectFrom('communities')
            .select(['id', 'name'])
            .$if(!isAdmin(user), (q) => q.where('id', 'in', communityIds))
            .orderBy('id')
            .execute()
        : []
    const deptIds = user ? departmentsOf(user) : []
    const myDepartments = deptIds.length
      ? await db.selectFrom('departments').select(['id', 'name']).where('id', 'in', deptIds).orderBy('id').execute()
      : []
    return {
      enterprises,
      departments,
      communities,
      intakeCommunities: communities.filter((c) => communityIds.includes(c.id)),
      myDepartments,
      sla: (Object.keys(URGENCIES) as Urgency[]).map((urgency) => ({
        urgency,
        hours: SLA_HOURS[urgency],
        slowHours: SLA_HOURS[urgency] * 2,
      })),
      slowCategories: [...SLOW_CATEGORIES],
      contact: user
        ? await db
            .selectFrom('users')
            .select((eb) => [eb.ref('display_name').as('name'), eb.fn.coalesce('phone', eb.val('')).as('phone')])
            .where('id', '=', user.id)
            .executeTakeFirstOrThrow()
        : null,
    }
  },
})
