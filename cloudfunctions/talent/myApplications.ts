import { handler } from '../../server/core/define-function'
import { needsQuery, presentNeed } from './domain/needs'

/** The talent needs the caller said they were interested in, latest first, with the outcome. */
export const myApplications = handler('talent', 'myApplications', {
  access: ['expert'],
  async run({ db, user }) {
    const rows = await needsQuery(db)
      .innerJoin('talent_need_applications as a', 'a.need_id', 'n.id')
      .select('a.status as application')
      .where('a.user_id', '=', user.id)
      .orderBy('a.id', 'desc')
      .limit(100)
      .execute()
    return { items: rows.map((r) => ({ ...presentNeed(r), application: r.application })) }
  },
})
