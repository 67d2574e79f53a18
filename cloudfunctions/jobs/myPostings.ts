import { sql } from 'kysely'
import { handler } from '../../server/core/define-function'
import { enterprisesOf } from '../../server/people/roles'
import { presentSummary, summaries } from './domain/present'

/** The postings of the liaison's enterprises, newest first, with how many applied. */
export const myPostings = handler('jobs', 'myPostings', {
  access: ['enterprise'],
  async run({ db, user }) {
    const ids = enterprisesOf(user)
    const list = ids.length ? ids : [-1]
    const enterprises = await db
      .selectFrom('enterprises')
      .select(['id', 'name', 'address'])
      .where('id', 'in', list)
      .orderBy('id')
      .execute()
    const rows = await summaries(db)
      .select([
        'p.review_note',
        sql<number>`(select count(*)::int from job_applications a where a.posting_id = p.id and a.status <> 'withdrawn')`.as(
          'applicants',
        ),
      ])
      .where('p.enterprise_id', 'in', list)
      .orderBy('p.id', 'desc')
      .limit(200)
      .execute()
    return {
      enterprises,
      items: rows.map((r) => ({ ...presentSummary(r), applicants: Number(r.applicants), reviewNote: r.review_note })),
    }
  },
})
