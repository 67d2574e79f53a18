import { handler, own } from '../../server/core/define-function'
import { applicationView } from './domain/applications'
import { presentSummary, summaries } from './domain/present'

/** 我的求职: the caller's applications, newest first, each with its posting and status. */
export const myApplications = handler('jobs', 'myApplications', {
  access: own("lists the caller's own applications"),
  async run({ db, user, now }) {
    const apps = await db
      .selectFrom('job_applications')
      .selectAll()
      .where('user_id', '=', user.id)
      .orderBy('updated_at', 'desc')
      .orderBy('id', 'desc')
      .limit(100)
      .execute()
    if (!apps.length) return { items: [] }
    const postings = await summaries(db)
      .where(
        'p.id',
        'in',
        apps.map((a) => a.posting_id),
      )
      .execute()
    const items = []
    for (const a of apps) {
      const p = postings.find((x) => x.id === a.posting_id)!
      items.push({ ...(await applicationView(db, a, p, now)), posting: presentSummary(p) })
    }
    return { items }
  },
})
