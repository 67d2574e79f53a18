import { sql } from 'kysely'
import { handler } from '../../server/core/define-function'
import { enterprisesOf } from '../../server/people/roles'

const PAGE = 30

/** The free-patent list: search and filter by field and chain; the caller's enterprises' ticks shown. */
export const patents = handler('sharing', 'patents', {
  access: 'public',
  async run({ db, user }, { q, field, chain, picked, page }) {
    const mine = user ? enterprisesOf(user) : []
    const enterprises = mine.length
      ? await db.selectFrom('enterprises').select(['id', 'name']).where('id', 'in', mine).orderBy('id').execute()
      : []
    let base = db.selectFrom('sharing_patents as p').innerJoin('departments as d', 'd.id', 'p.department_id')
    if (q) {
      const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
      base = base.where((eb) =>
        eb.or([eb('p.title', 'ilike', like), eb('p.number', 'ilike', like), eb('p.field', 'ilike', like)]),
      )
    }
    if (field) base = base.where('p.field', '=', field)
    if (chain) base = base.where('p.chain', '=', chain)
    if (picked)
      base = base.where(
        'p.id',
        'in',
        db
          .selectFrom('sharing_patent_picks')
          .select('patent_id')
          .where('enterprise_id', 'in', mine.length ? mine : [-1]),
      )
    const total = await base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()
    const rows = await base
      .select(['p.id', 'p.number', 'p.title', 'p.field', 'p.chain', 'p.status', 'p.example', 'd.name as institute'])
      .select((eb) =>
        eb
          .selectFrom('sharing_patent_picks as k')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('k.patent_id', '=', 'p.id')
          .as('picks'),
      )
      .orderBy('p.number')
      .limit(PAGE)
      .offset((page - 1) * PAGE)
      .execute()
    const ticks =
      rows.length && mine.length
        ? await db
            .selectFrom('sharing_patent_picks')
            .select(['patent_id', 'enterprise_id'])
            .where(
              'patent_id',
              'in',
              rows.map((r) => r.id),
            )
            .where('enterprise_id', 'in', mine)
            .execute()
        : []
    const facets = await db.selectFrom('sharing_patents').select(['field', 'chain']).distinct().execute()
    const uniq = (xs: string[]) => [...new Set(xs.filter(Boolean))].sort((a, b) => a.localeCompare(b, 'zh-CN'))
    return {
      total: total.n,
      items: rows.map((r) => ({
        id: r.id,
        number: r.number,
        title: r.title,
        field: r.field,
        chain: r.chain,
        status: r.status,
        institute: r.institute,
        example: r.example,
        picks: Number(r.picks ?? 0),
        pickedBy: ticks.filter((t) => t.patent_id === r.id).map((t) => t.enterprise_id),
      })),
      fields: uniq(facets.map((f) => f.field)),
      chains: uniq(facets.map((f) => f.chain)),
      enterprises,
      canTick: enterprises.length > 0,
    }
  },
})
