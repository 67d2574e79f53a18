import { DEPARTMENT_KINDS } from '../../contract/admin'
import { handler } from '../../server/core/define-function'
import { maskPhone } from '../../server/people/mask'
import { departmentViewer } from './domain/access'

/** One department and its members (department-scoped grants): for admins, and its members' workbench. */
export const department = handler('admin', 'department', {
  access: departmentViewer('id', { roles: ['admin', 'department'] }),
  async run({ db, target: d }) {
    const members = await db
      .selectFrom('user_roles as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select(['r.id as grantId', 'u.id as userId', 'u.display_name', 'u.phone'])
      .where('r.role', '=', 'department')
      .where('r.department_id', '=', d.id)
      .where('r.revoked_at', 'is', null)
      .where('u.deleted_at', 'is', null)
      .orderBy('r.id')
      .execute()
    return {
      id: d.id,
      code: d.code,
      name: d.name,
      kind: d.kind,
      kindLabel: DEPARTMENT_KINDS[d.kind],
      district: d.district,
      phone: d.phone,
      intro: d.intro,
      active: d.active,
      members: members.map((m) => ({
        grantId: m.grantId,
        userId: m.userId,
        displayName: m.display_name,
        phoneMasked: maskPhone(m.phone),
      })),
    }
  },
})
