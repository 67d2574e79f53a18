import { sql } from 'kysely'
import { handler } from '../../server/core/define-function'
import { bigrams, likePattern } from '../../server/text/bigrams'
import { communityReach } from './domain/access'
import { PERSON_COLUMNS, summarizePeople } from './domain/people'

/**
 * People by name (bigrams; one character: a plain match), username, or phone digits (4 or more);
 * by role held, community and status. A 社工 finds only their community's people.
 */
export const searchUsers = handler('admin', 'searchUsers', {
  access: communityReach('communityId'),
  async run({ db, target: reach }, { q, role, status, page, pageSize }) {
    let query = db.selectFrom('users as u').where('u.deleted_at', 'is', null)
    if (reach.communityIds !== null) {
      const ids = reach.communityIds.length ? reach.communityIds : [-1]
      // Their community's people: living there, or holding a role scoped to it.
      query = query.where((eb) =>
        eb.or([
          eb('u.community_id', 'in', ids),
          eb.exists(
            eb
              .selectFrom('user_roles as s')
              .select('s.id')
              .whereRef('s.user_id', '=', 'u.id')
              .where('s.revoked_at', 'is', null)
              .where('s.community_id', 'in', ids),
          ),
        ]),
      )
    }
    const text = q?.trim()
    if (text) {
      const digits = text.replace(/[\s-]/g, '')
      const grams = bigrams(text)
      query = query.where((eb) => {
        const any = [eb('u.username', 'ilike', likePattern(text))]
        if (/^\d{4,11}$/.test(digits)) any.push(eb('u.phone', 'like', likePattern(digits)))
        any.push(
          grams.length
            ? eb(sql<boolean>`u.name_bigrams @> ${sql.val(grams)}::text[]`, '=', true)
            : eb('u.display_name', 'ilike', likePattern(text)),
        )
        return eb.or(any)
      })
    }
    if (role) {
      query = query.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('user_roles as r')
            .select('r.id')
            .whereRef('r.user_id', '=', 'u.id')
            .where('r.role', '=', role)
            .where('r.revoked_at', 'is', null),
        ),
      )
    }
    if (status === 'active') query = query.where('u.disabled', '=', false)
    if (status === 'disabled') query = query.where('u.disabled', '=', true)
    if (status === 'mustChange') query = query.where('u.must_change_password', '=', true)

    const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow()
    const rows = await query
      .select(PERSON_COLUMNS.map((c) => `u.${c}` as const))
      .orderBy('u.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute()
    return { items: await summarizePeople(db, rows), total: Number(total), page, pageSize }
  },
})
