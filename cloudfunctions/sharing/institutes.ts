import { sql } from 'kysely'
import { handler } from '../../server/core/define-function'
import { departmentsOf, isAdmin } from '../../server/people/roles'

/** The institutes whose patent list the caller keeps (their departments; admins: those with patents). */
export const institutes = handler('sharing', 'institutes', {
  access: ['department', 'admin'],
  async run({ db, user }) {
    const mine = departmentsOf(user)
    let q = db
      .selectFrom('departments as d')
      .leftJoin('sharing_patents as p', 'p.department_id', 'd.id')
      .select(['d.id', 'd.name', sql<number>`count(p.id)::int`.as('patents')])
      .where('d.kind', '=', 'member_unit')
      .groupBy(['d.id', 'd.name'])
      .orderBy('d.id')
    q = isAdmin(user) ? q.having(sql<boolean>`count(p.id) > 0`) : q.where('d.id', 'in', mine.length ? mine : [-1])
    return { items: await q.execute() }
  },
})
