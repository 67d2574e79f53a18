import { sql, type SelectQueryBuilder } from 'kysely'
import type { PolicySummary } from '../../../contract/policies'
import type { Condition } from '../../../contract/policy-rules'
import type { DB } from '../../../server/db/schema'
import { evaluate, type Facts } from './eligibility'
import { windowOf } from './window'

/** The columns a policy summary needs (dates as YYYY-MM-DD text, not driver Dates). */
export function selectSummary<O>(q: SelectQueryBuilder<DB, 'policies', O>) {
  return q.select([
    'policies.id',
    'policies.code',
    'policies.title',
    'policies.category',
    'policies.topic',
    'policies.region',
    'policies.issuer',
    'policies.summary',
    'policies.benefit_kind',
    'policies.benefit_min',
    'policies.benefit_max',
    'policies.benefit_text',
    'policies.conditions',
    'policies.version',
    'policies.updated_at',
    sql<string | null>`policies.opens_on::text`.as('opens_on'),
    sql<string | null>`policies.closes_on::text`.as('closes_on'),
  ])
}
type SummaryRow = Awaited<ReturnType<ReturnType<typeof selectSummary>['execute']>>[number]

export interface Viewer {
  facts: Facts | null
  favourites: Set<number>
  today: string
}

export function summarize(r: SummaryRow, viewer: Viewer): PolicySummary {
  return {
    id: r.id,
    code: r.code,
    title: r.title,
    category: r.category,
    topic: r.topic as PolicySummary['topic'],
    region: r.region as PolicySummary['region'],
    issuer: r.issuer,
    summary: r.summary,
    benefitKind: r.benefit_kind,
    benefitMin: r.benefit_min,
    benefitMax: r.benefit_max,
    benefitText: r.benefit_text,
    opensOn: r.opens_on,
    closesOn: r.closes_on,
    ...windowOf(r.opens_on, r.closes_on, viewer.today),
    version: r.version,
    updatedAt: new Date(r.updated_at).toISOString(),
    eligibility: viewer.facts ? evaluate(r.conditions as Condition, viewer.facts) : null,
    favourite: viewer.favourites.has(r.id),
  }
}

/** The policies among `ids` the user has favourited. */
export async function favouritesAmong(db: import('kysely').Transaction<DB>, userId: number | undefined, ids: number[]) {
  if (!userId || !ids.length) return new Set<number>()
  const rows = await db
    .selectFrom('policy_favourites')
    .select('policy_id')
    .where('user_id', '=', userId)
    .where('policy_id', 'in', ids)
    .execute()
  return new Set(rows.map((r) => r.policy_id))
}
