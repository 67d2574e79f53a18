import { DEPARTMENT_KINDS } from '../../contract/admin'
import { handler } from '../../server/core/define-function'

/** Departments, street offices and member units, with how many members each has. */
export const departments = handler('admin', 'departments', {
  access: ['admin', 'social_worker'],
  async run({ db }) {
    const rows = await db
      .selectFrom('departments as d')
      .selectAll('d')
      .select((eb) =>
        eb
          .selectFrom('user_roles as r')
          .whereRef('r.department_id', '=', 'd.id')
          .where('r.role', '=', 'department')
          .where('r.revoked_at', 'is', null)
          .select(eb.fn.countAll<number>().as('n'))
          .as('members'),
      )
      .orderBy('d.kind')
      .orderBy('d.id')
      .execute()
    return {
      items: rows.map((d) => ({
        id: d.id,
        code: d.code,
        name: d.name,
        kind: d.kind,
        kindLabel: DEPARTMENT_KINDS[d.kind],
        district: d.district,
        phone: d.phone,
        intro: d.intro,
        active: d.active,
        members: Number(d.members ?? 0),
      })),
    }
  },
})
