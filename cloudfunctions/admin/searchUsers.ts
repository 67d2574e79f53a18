import { sql, type ExpressionBuilder } from 'kysely'
import type { DB } from '../../server/db/schema'
import { handler } from '../../server/core/define-function'
import { bigrams, likePattern } from '../../server/text/bigrams'
import { communityReach } from './domain/access'
import { PERSON_COLUMNS, summarizePeople } from './domain/people'

type Where = ExpressionBuilder<DB & { u: DB['users'] }, 'u'>

/** By name: bigrams, or a plain match for one character. */
const byName = (eb: Where, name: string) => {
  const grams = bigrams(name)
  return grams.length
    ? eb(sql<boolean>`u.name_bigrams @> ${sql.val(grams)}::text[]`, '=', true)
    : eb('u.display_name', 'ilike', likePattern(name))
}

/**
 * What a search text matches. A phone number (or a sign-in name that is one) only in full, or
 * its last 4 digits together with a name (「王小哥 7052」): a fragment of digits matches no phone,
 * so masked numbers cannot be recovered by searching piece by piece. Other sign-in names and
 * names match by part.
 */
function matchText(eb: Where, text: string) {
  const digits = text.replace(/[\s-]/g, '')
  if (/^\+?\d{11,15}$/.test(digits)) {
    return eb.or([eb('u.phone', '=', digits), eb('u.username', '=', digits), byName(eb, text)])
  }
  const withLast4 = /^(.*\D)\s*(\d{4})$/.exec(text)
  if (withLast4 && withLast4[1].trim() && !/\d/.test(withLast4[1])) {
    return eb.and([byName(eb, withLast4[1].trim()), sql<boolean>`right(u.phone, 4) = ${withLast4[2]}`])
  }
  return eb.or([
    eb.and([
      eb('u.username', 'ilike', likePattern(text)),
      // A sign-in name that is a phone number is matched only in full (above).
      sql<boolean>`u.username !~ '^\\+?[0-9 -]{7,}$'`,
    ]),
    byName(eb, text),
  ])
}

/**
 * People by name (bigrams; one character: a plain match), sign-in name, or phone (the full
 * number, or its last 4 digits with a name); by role held, community and status. A 社工 finds
 * only their community's people.
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
    if (text) query = query.where((eb) => matchText(eb, text))
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
