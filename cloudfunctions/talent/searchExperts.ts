import { sql } from 'kysely'
import { handler } from '../../server/core/define-function'
import { bigrams, likePattern, normalize } from '../../server/text/bigrams'
import { headline } from './domain/profiles'
import { placeLabel } from './domain/words'

/** Find experts by name, field, institution or skill (bigrams), to invite to a team or introduce. */
export const searchExperts = handler('talent', 'searchExperts', {
  access: ['expert', 'enterprise', 'broker', 'admin'],
  async run({ db }, { q }) {
    const text = normalize(q)
    const grams = bigrams(text)
    let query = db
      .selectFrom('talent_profiles as p')
      .innerJoin('users as u', 'u.id', 'p.user_id')
      .select(['p.user_id', 'u.display_name', 'p.institution', 'p.title', 'p.field', 'p.skills', 'p.place'])
      .where('u.disabled', '=', false)
      .where('u.deleted_at', 'is', null)
      // Only people who are experts now: a revoked role leaves the profile but not the search.
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('user_roles as r')
            .select('r.id')
            .whereRef('r.user_id', '=', 'p.user_id')
            .where('r.role', '=', 'expert')
            .where('r.revoked_at', 'is', null),
        ),
      )
      .orderBy('p.history')
      .orderBy('p.rating_count', 'desc')
      .orderBy('p.user_id')
      .limit(20)
    query = grams.length
      ? query.where(sql<boolean>`p.bigrams @> ${sql.val(grams)}::text[]`)
      : query.where(sql<boolean>`lower(u.display_name) like ${likePattern(text)}`)
    const rows = await query.execute()
    return {
      items: rows.map((r) => ({
        userId: r.user_id,
        name: r.display_name,
        headline: headline(r),
        skills: r.skills,
        place: placeLabel(r.place),
      })),
    }
  },
})
