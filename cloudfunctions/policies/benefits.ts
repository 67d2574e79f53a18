import { sql } from 'kysely'
import { PROFILE_FIELDS, type ProfileField } from '../../contract/policy-rules'
import { handler, own } from '../../server/core/define-function'
import { shanghaiDate } from '../../server/time/shanghai'
import { eligibilityOfAll, loadFacts } from './domain/eligibility'
import { favouritesAmong, selectSummary, summarize } from './domain/present'

const SHOWN = 100

/**
 * 我能享受: the open policies the caller qualifies for with their benefits summed, those they
 * may qualify for, and the facts that would settle the most of them.
 */
export const benefits = handler('policies', 'benefits', {
  access: own("works out benefits from the caller's own profile"),
  async run(ctx) {
    const { db, user, now } = ctx
    const { facts, hasProfile } = await loadFacts(ctx, user.id)
    const { verdicts, totals } = await eligibilityOfAll(ctx, facts, true)
    const idsOf = (v: string) => [...verdicts].filter(([, e]) => e.verdict === v).map(([id]) => id)
    const rowsOf = async (ids: number[]) =>
      ids.length
        ? selectSummary(db.selectFrom('policies'))
            .where(sql<boolean>`id = any(${sql.val(ids)}::int[])`)
            .orderBy(sql`coalesce(benefit_max, benefit_min, 0) desc`)
            .orderBy('id')
            .limit(SHOWN)
            .execute()
        : []
    const eligible = await rowsOf(idsOf('eligible'))
    const maybe = await rowsOf(idsOf('maybe'))
    const favourites = await favouritesAmong(
      db,
      user.id,
      [...eligible, ...maybe].map((r) => r.id),
    )
    const viewer = { facts, favourites, today: shanghaiDate(now) }
    const counts = new Map<ProfileField, number>()
    for (const e of verdicts.values()) {
      if (e.verdict === 'maybe') for (const m of e.missing) counts.set(m.field, (counts.get(m.field) ?? 0) + 1)
    }
    return {
      totals,
      eligible: eligible.map((r) => summarize(r, viewer, verdicts)),
      maybe: maybe
        .map((r) => summarize(r, viewer, verdicts))
        .sort((a, b) => a.eligibility!.missing.length - b.eligibility!.missing.length),
      toFill: [...counts]
        .sort((a, b) => b[1] - a[1])
        .map(([field, policies]) => ({ field, label: PROFILE_FIELDS[field].label, policies })),
      hasProfile,
    }
  },
})
