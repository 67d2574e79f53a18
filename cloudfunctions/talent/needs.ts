import { handler } from '../../server/core/define-function'
import { needsQuery, presentNeed } from './domain/needs'

/** Open talent needs (人才需求库), newest first. */
export const needs = handler('talent', 'needs', {
  access: 'public',
  async run({ db }, { chain, mode }) {
    let q = needsQuery(db)
      .where('n.status', '=', 'open')
      .orderBy('n.created_at', 'desc')
      .orderBy('n.id', 'desc')
      .limit(100)
    if (chain) q = q.where('n.chain', '=', chain)
    if (mode) q = q.where('n.mode', '=', mode)
    return { items: (await q.execute()).map(presentNeed) }
  },
})
