import { sql } from 'kysely'
import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { shanghaiDate } from '../../server/time/shanghai'
import { eligibilityOfAll, loadFacts } from './domain/eligibility'
import { selectSummary, summarize } from './domain/present'
import { searchFilter } from './domain/search'
import { verdictOf } from './domain/rules'
import { deadline, windowFilter } from './domain/window'

/**
 * The compendium: by category, topic, region and issuing body, searched in Chinese, pinyin or
 * initials, sorted by deadline (for a signed-in person what fits them first: 符合, 可能符合, the rest); for a signed-in person each policy carries their verdict, and
 * `mine` narrows to what they qualify for, may qualify for, or favourited.
 */
export const list = handler('policies', 'list', {
  access: 'public',
  async run(ctx, input) {
    const { db, user, now } = ctx
    const today = shanghaiDate(now)
    const facts = user ? (await loadFacts(ctx, user.id)).facts : null
    let q = db.selectFrom('policies').where('withdrawn_at', 'is', null)
    if (input.category) q = q.where('category', '=', input.category)
    if (input.topic) q = q.where('topic', '=', input.topic)
    if (input.region) q = q.where('region', '=', input.region)
    if (input.issuer) q = q.where('issuer', '=', input.issuer)
    const window = windowFilter(input.window, today)
    if (window) q = q.where(window)
    const search = searchFilter(input.q)
    if (search) q = q.where(search)

    // The person's verdicts, when the list narrows to them or puts what fits them first.
    const fit = facts && (input.mine === 'eligible' || input.mine === 'maybe' || input.sort === 'fit')
    const results = fit ? (await eligibilityOfAll(ctx, facts, false)).results : null
    const idsOf = (verdict: string) =>
      [...(results ?? [])].filter(([, r]) => verdictOf(r) === verdict).map(([id]) => id)

    if (input.mine) {
      if (!user || !facts) return refuse('UNAUTHENTICATED', '登录后才能查看与你相关的政策')
      if (input.mine === 'favourite') {
        q = q.where('id', 'in', (eb) =>
          eb.selectFrom('policy_favourites').select('policy_id').where('user_id', '=', user.id),
        )
      } else {
        q = q.where(sql<boolean>`id = any(${sql.val(idsOf(input.mine))}::int[])`)
      }
    }

    // 符合 first, then 可能符合: a policy the person cannot have is never the first they see.
    const byFit = results
      ? q.orderBy(
          sql`case when id = any(${sql.val(idsOf('eligible'))}::int[]) then 0 when id = any(${sql.val(idsOf('maybe'))}::int[]) then 1 else 2 end`,
        )
      : q
    const ordered =
      input.sort === 'updated'
        ? q.orderBy('updated_at', 'desc').orderBy('id', 'desc')
        : byFit
            .orderBy(deadline, input.window === 'closed' ? 'desc' : 'asc')
            .orderBy('id', input.window === 'closed' ? 'desc' : 'asc')
    const rows = await selectSummary(ordered)
      .select(
        sql<boolean>`exists (select 1 from policy_favourites f where f.user_id = ${user?.id ?? 0} and f.policy_id = policies.id)`.as(
          'favourite',
        ),
      )
      .offset(input.offset)
      .limit(input.limit + 1)
      .execute()
    const page = rows.slice(0, input.limit)
    const favourites = new Set(page.filter((r) => r.favourite).map((r) => r.id))
    return {
      items: page.map((r) => summarize(r, { facts, favourites, today })),
      more: rows.length > input.limit,
    }
  },
})
