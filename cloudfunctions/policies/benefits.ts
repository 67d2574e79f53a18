import { sql } from 'kysely'
import { PROFILE_FIELDS, type ProfileField } from '../../contract/policy-rules'
import { handler, own } from '../../server/core/define-function'
import { shanghaiDate } from '../../server/time/shanghai'
import { eligibilityOfAll, loadFacts } from './domain/eligibility'
import { favouritesAmong, selectSummary, summarize } from './domain/present'
import { missingFields, verdictOf } from './domain/rules'

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
    const { results, totals } = await eligibilityOfAll(ctx, facts, true)
    const idsOf = (v: string) => [...results].filter(([, r]) => verdictOf(r) === v).map(([id]) => id)
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
    for (const r of results.values()) {
      if (verdictOf(r) === 'maybe') for (const f of missingFields(r)) counts.set(f, (counts.get(f) ?? 0) + 1)
    }
    return {
      totals,
      eligible: eligible.map((r) => summarize(r, viewer)),
      maybe: maybe
        .map((r) => summarize(r, viewer))
        .sort((a, b) => a.eligibility!.missing.length - b.eligibility!.missing.length),
      toFill: [...counts]
        .sort((a, b) => b[1] - a[1])
        .map(([field, policies]) => ({ field, label: PROFILE_FIELDS[field].label, policies })),
      hasProfile,
    }
  },
})
