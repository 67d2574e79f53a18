import { sql } from 'kysely'
import { ROLE_LABELS, type Role } from '../../contract/roles'
import { handler } from '../../server/core/define-function'
import { maskPhone } from '../../server/people/mask'
import { likePattern } from '../../server/text/bigrams'
import { communityStaff } from './domain/access'

const PAGE = 50

/**
 * 本社区人员: the community's living accounts, newest first, 50 a page (keyset on id), by role
 * and by name. Phones are masked. A name is 2–4 characters and the commonest query is one (王):
 * bigrams cannot answer that, so this matches within the community's rows (an index range),
 * which stays small however many communities there are.
 */
export const communityPeople = handler('user', 'communityPeople', {
  access: communityStaff('communityId', { roles: ['social_worker', 'admin'] }),
  async run({ db, target: community }, { role, q, after }) {
    let people = db
      .selectFrom('users as u')
      .select(['u.id', 'u.display_name', 'u.phone', 'u.rider_verified_at', 'u.created_at'])
      .select(
        sql<
          Role[]
        >`array(select g.role from user_roles g where g.user_id = u.id and g.revoked_at is null order by g.id)`.as(
          'roles',
        ),
      )
      .where('u.community_id', '=', community.id)
      .where('u.deleted_at', 'is', null)
      .orderBy('u.id', 'desc')
      .limit(PAGE + 1)
    if (after) people = people.where('u.id', '<', after)
    if (q) people = people.where('u.display_name', 'like', likePattern(q))
    if (role)
      people = people.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('user_roles as g')
            .select('g.id')
            .whereRef('g.user_id', '=', 'u.id')
            .where('g.role', '=', role)
            .where('g.revoked_at', 'is', null),
        ),
      )
    const rows = await people.execute()
    const page = rows.slice(0, PAGE)
    return {
      community,
      items: page.map((p) => ({
        id: p.id,
        displayName: p.display_name,
        phoneMasked: maskPhone(p.phone),
        roles: [...new Set(p.roles)].map((r) => ROLE_LABELS[r]),
        riderVerified: p.rider_verified_at !== null,
        since: new Date(p.created_at).toISOString(),
      })),
      next: rows.length > PAGE ? page[page.length - 1].id : null,
    }
  },
})
