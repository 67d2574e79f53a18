import { handler } from '../../server/core/define-function'
import { postingOwner } from './domain/access'
import { presentSummary, summaries } from './domain/present'
import { rankedApplicants } from './domain/rank'

/** The enterprise's applicants to one posting, ranked with reasons; phones masked until invited or hired. */
export const applicants = handler('jobs', 'applicants', {
  access: postingOwner('postingId'),
  async run({ db, now, target: p }) {
    const row = await summaries(db).where('p.id', '=', p.id).executeTakeFirstOrThrow()
    const items = (await rankedApplicants(db, p, now)).map(({ fullPhone: _f, appliedAt: _a, ...rest }) => rest)
    return { posting: presentSummary(row), items }
  },
})
