import { sql } from 'kysely'
import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { liaisonOf } from './domain/access'

/** An enterprise ticks a free patent it wants (意向): once per patent per enterprise. */
export const tickPatent = handler('sharing', 'tickPatent', {
  access: liaisonOf('enterpriseId'),
  async run({ db, now, user, target: e }, { patentId }) {
    const p = await db
      .selectFrom('sharing_patents')
      .select(['id', 'title'])
      .where('id', '=', patentId)
      .executeTakeFirst()
    if (!p) return refuse('NOT_FOUND', '专利不存在')
    const r = await db
      .insertInto('sharing_patent_picks')
      .values({ patent_id: p.id, enterprise_id: e.id, picked_by: user.id, picked_at: now })
      .onConflict((oc) => oc.columns(['patent_id', 'enterprise_id']).doNothing())
      .returning('patent_id')
      .executeTakeFirst()
    if (!r) refuse('CONFLICT', `${e.name}已勾选过「${p.title}」，不能重复勾选`)
    const n = await db
      .selectFrom('sharing_patent_picks')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('patent_id', '=', p.id)
      .executeTakeFirstOrThrow()
    return { picks: n.n }
  },
})
