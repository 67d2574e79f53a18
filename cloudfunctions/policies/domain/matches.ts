import { sql } from 'kysely'
import type { Condition, Profile } from '../../../contract/policy-rules'
import type { TxCtx } from '../../../server/core/tx'
import { notify } from '../../../server/notify/queue'
import { shanghaiDate } from '../../../server/time/shanghai'
import { eligibilityOfAll, factsOf, vectorOf, type Facts } from './eligibility'
import { compile, run, verdictOf } from './rules'

// Who each policy matches (符合) is kept in policy_matches: counted for staff, and the record of
// which version each person was told about, so a new or changed policy tells each person once.

/** After a profile change: the person's matches are their current verdicts (nobody is told; they are looking). */
export async function rematchPerson(ctx: TxCtx, userId: number, facts: Facts) {
  const { results, totals } = await eligibilityOfAll(ctx, facts, true)
  const ids = [...results].filter(([, r]) => verdictOf(r) === 'eligible').map(([id]) => id)
  await ctx.db
    .deleteFrom('policy_matches')
    .where('user_id', '=', userId)
    .where(sql<boolean>`not (policy_id = any(${sql.val(ids)}::int[]))`)
    .execute()
  if (ids.length) {
    await sql`
      insert into policy_matches (policy_id, user_id, version, matched_at)
      select id, ${userId}, version, ${ctx.now} from policies where id = any(${sql.val(ids)}::int[])
      on conflict (policy_id, user_id) do update set version = excluded.version`.execute(ctx.db)
  }
  return totals
}

/** At most this many policies per sweep; the rest wait for the next tick. */
const BATCH = 50
/** More new matches than this for one person in one sweep are told as one message. */
const DIGEST_OVER = 3

interface Told {
  policyId: number
  title: string
  benefit: string
  version: number
  what: '新政策' | '政策更新'
}

/**
 * The timer's part: policies written since their last match (new, edited or imported) are
 * evaluated against every profile; people who now qualify are told (once per version), people
 * who no longer do are dropped.
 */
export async function sweepMatches(ctx: TxCtx): Promise<{ policies: number; told: number }> {
  const { db } = ctx
  const today = shanghaiDate(ctx.now)
  const pending = await db
    .selectFrom('policies')
    .select(['id', 'version', 'matched_version', 'title', 'benefit_text', 'conditions', 'withdrawn_at'])
    .select(sql<boolean>`closes_on is not null and closes_on < ${today}::date`.as('closed'))
    .where(sql<boolean>`matched_version < version`)
    .orderBy('id')
    .limit(BATCH)
    .execute()
  if (!pending.length) return { policies: 0, told: 0 }
  const { rows } = await sql<{ people: string | null }>`
    select json_agg(json_build_array(p.user_id, p.facts, u.birth_year))::text as people
    from policy_profiles p join users u on u.id = p.user_id
    where not u.disabled and u.deleted_at is null`.execute(db)
  const people = (JSON.parse(rows[0]?.people ?? '[]') as [number, Profile, number | null][]).map(
    ([userId, profile, birthYear]) => ({ userId, facts: vectorOf(factsOf(profile, birthYear, ctx.now)) }),
  )
  const tell = new Map<number, Told[]>()
  for (const p of pending) {
    await db.updateTable('policies').set({ matched_version: p.version }).where('id', '=', p.id).execute()
    if (p.withdrawn_at || p.closed) continue
    const rule = compile(p.conditions as Condition)
    const matched = people.filter((x) => verdictOf(run(rule, x.facts)) === 'eligible')
    const before = new Map(
      (
        await db.selectFrom('policy_matches').select(['user_id', 'version']).where('policy_id', '=', p.id).execute()
      ).map((r) => [r.user_id, r.version]),
    )
    const ids = matched.map((m) => m.userId)
    await db
      .deleteFrom('policy_matches')
      .where('policy_id', '=', p.id)
      .where(sql<boolean>`not (user_id = any(${sql.val(ids)}::int[]))`)
      .execute()
    for (const userId of ids) {
      const had = before.get(userId)
      if (had !== undefined && had >= p.version) continue
      const told: Told = {
        policyId: p.id,
        title: p.title,
        benefit: p.benefit_text,
        version: p.version,
        what: p.matched_version === 0 && had === undefined ? '新政策' : '政策更新',
      }
      tell.set(userId, [...(tell.get(userId) ?? []), told])
    }
    if (ids.length) {
      await sql`
        insert into policy_matches (policy_id, user_id, version, matched_at)
        select ${p.id}, u, ${p.version}, ${ctx.now} from unnest(${sql.val(ids)}::int[]) as u
        on conflict (policy_id, user_id) do update set version = excluded.version`.execute(db)
    }
  }
  let told = 0
  for (const [userId, list] of tell) {
    if (list.length > DIGEST_OVER) {
      await notify(ctx, {
        userId,
        kind: 'policy_matched',
        data: { title: list[0].title, what: '新政策', benefit: list[0].benefit, count: list.length },
        page: '/subpackages/policies/benefits',
        event: `policy_matched_digest:${ctx.now.getTime()}`,
      })
      told++
      continue
    }
    for (const t of list) {
      await notify(ctx, {
        userId,
        kind: 'policy_matched',
        data: { title: t.title, what: t.what, benefit: t.benefit, count: 1 },
        page: `/subpackages/policies/detail?id=${t.policyId}`,
        event: `policy_matched:${t.policyId}:v${t.version}`,
      })
      told++
    }
  }
  return { policies: pending.length, told }
}
