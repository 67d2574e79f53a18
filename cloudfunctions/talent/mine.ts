import { sql } from 'kysely'
import { handler } from '../../server/core/define-function'
import { enterprisesOf } from '../../server/people/roles'
import { presentSummary, publicChallenges } from './domain/challenges'
import { needsQuery, presentNeed } from './domain/needs'
import { needCan } from './domain/owner-can'

/** 我的发榜: the challenges and talent needs of the enterprises the caller is liaison of. */
export const mine = handler('talent', 'mine', {
  access: ['enterprise'],
  async run({ db, user, now }) {
    const ids = enterprisesOf(user)
    if (!ids.length) return { enterprises: [], challenges: [], needs: [] }
    const enterprises = await db
      .selectFrom('enterprises')
      .select(['id', 'name'])
      .where('id', 'in', ids)
      .orderBy('id')
      .execute()
    const challenges = await publicChallenges(db)
      .select(
        sql<number>`(select count(*)::int from talent_takes t where t.challenge_id = c.id and t.status = 'shortlisted')`.as(
          'shortlisted',
        ),
      )
      .where('c.enterprise_id', 'in', ids)
      .orderBy('c.created_at', 'desc')
      .orderBy('c.id', 'desc')
      .limit(200)
      .execute()
    const needs = await needsQuery(db)
      .select(
        sql<number>`(select count(*)::int from talent_need_applications a where a.need_id = n.id)`.as('applicants'),
      )
      .select(
        sql<number>`(select count(*)::int from talent_need_applications a
          where a.need_id = n.id and a.status = 'hired')`.as('hired'),
      )
      .where('n.enterprise_id', 'in', ids)
      .orderBy('n.id', 'desc')
      .limit(200)
      .execute()
    return {
      enterprises,
      challenges: challenges.map((c) => ({ ...presentSummary(c, now), shortlisted: Number(c.shortlisted) })),
      needs: needs.map((n) => ({
        ...presentNeed(n),
        applicants: Number(n.applicants),
        hired: Number(n.hired),
        can: needCan(n),
      })),
    }
  },
})
