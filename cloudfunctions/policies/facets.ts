import { handler } from '../../server/core/define-function'
import type { PolicySummary } from '../../contract/policies'

/** What the list can be narrowed by: regions, issuing bodies and topics that have live policies. */
export const facets = handler('policies', 'facets', {
  access: 'public',
  async run({ db }) {
    const count = (col: 'region' | 'issuer' | 'topic') =>
      db
        .selectFrom('policies')
        .select([col, (eb) => eb.fn.countAll<number>().as('count')])
        .where('withdrawn_at', 'is', null)
        .groupBy(col)
        .orderBy('count', 'desc')
        .orderBy(col)
        .execute()
    const [regions, issuers, topics] = [await count('region'), await count('issuer'), await count('topic')]
    return {
      regions: regions.map((r) => ({ key: r.region as PolicySummary['region'], count: Number(r.count) })),
      issuers: issuers.map((r) => ({ name: r.issuer, count: Number(r.count) })),
      topics: topics.map((r) => ({ key: r.topic as PolicySummary['topic'], count: Number(r.count) })),
    }
  },
})
