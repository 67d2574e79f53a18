import { sql, type RawBuilder, type Transaction } from 'kysely'
import type { DB } from '../../../server/db/schema'
import { publicChallenges } from './challenges'
import { type ChallengeFeedback, type ProfileFeedback } from './feedback'
import { needsQuery } from './needs'
import {
  CANDIDATE_FLOOR,
  MIN_RELEVANCE,
  queryTokens,
  relevanceSql,
  skillWeight,
  strengthSql,
  type Query,
} from '../../../server/matching/concepts'
import { DICTIONARY } from '../../../server/matching/text'
import {
  availabilityScore,
  countHeld,
  distanceScore,
  f8,
  heldList,
  intArray,
  km,
  poorRecord,
  ratingScore,
  textArray,
  w,
} from './scoring'

type Trx = Transaction<DB>
type Expr = RawBuilder<unknown>

export interface ChallengeForMatching {
  id: number
  title: string
  summary: string
  skills: string[]
  chain: string
  lng: number
  lat: number
  enterprise_id: number
}

/** Demotion of candidates like the ones the enterprise turned down for this challenge (team rows). */
function challengePenalty(f: ChallengeFeedback, c: ChallengeForMatching, skills: Expr, chains: Expr, d: Expr) {
  const terms: Expr[] = []
  if (f.offSkills.length)
    terms.push(sql`${w.learned} * ${countHeld(skills, f.offSkills)}::float8 / greatest(cardinality(${skills}), 1)`)
  if (f.chainChains.length && f.chainSkills.length) {
    // Off the chain, matching only on skills a turned-down candidate from that chain matched on.
    const others = c.skills.filter((s) => !f.chainSkills.includes(s))
    terms.push(sql`${w.learned} * (not ${chains} @> array[${c.chain}]::text[] and ${countHeld(skills, others)} = 0
      and ${chains} && ${textArray(f.chainChains)})::int`)
  }
  if (f.maxKm !== null) terms.push(sql`${w.learned} * coalesce(${d} >= ${f.maxKm}::float8, false)::int`)
  return terms.length ? sql`(${sql.join(terms, sql` + `)})` : sql`0`
}

/**
 * Demotion of experts like the ones turned down for this challenge: 技能不对口 → others who share
 * the concepts it had beyond the challenge's; 产业链不相关 → others from that chain who match only
 * on what it matched on; 距离太远 → as far or farther; 其他 → the same institution.
 */
function expertPenalty(f: ChallengeFeedback, c: ChallengeForMatching, concepts: Expr, chains: Expr, d: Expr) {
  const terms: Expr[] = []
  if (f.offConcepts.length)
    terms.push(sql`${w.learned} * least(1.0::float8, ${countHeld(concepts, f.offConcepts)}::float8 / 2)`)
  if (f.chainChains.length)
    terms.push(sql`${w.learned} * (not ${chains} @> array[${c.chain}]::text[]
      and ${chains} && ${textArray(f.chainChains)} and not ${concepts} && ${textArray(f.chainOthers)})::int`)
  if (f.maxKm !== null) terms.push(sql`${w.learned} * coalesce(${d} >= ${f.maxKm}::float8, false)::int`)
  if (f.institutions.length)
    terms.push(sql`${w.learned} * 0.5::float8 * (p.institution = any(${textArray(f.institutions)}))::int`)
  return terms.length ? sql`(${sql.join(terms, sql` + `)})` : sql`0`
}

/** The part of a score both kinds of candidate share: skills covered, same chain, distance. */
const baseScore = (held: Expr, wantedCount: number | Expr, sameChain: Expr, d: Expr) => sql`
  ${w.skills} * ${held}::float8 / greatest(${wantedCount}, 1)
  + ${w.sameChain} * (${sameChain})::int
  + ${w.distance} * ${distanceScore(d)}`

/**
 * The best experts for a challenge: profiles that take work and whose concepts (from everything
 * they wrote) overlap the challenge's (one GIN overlap), at least MIN_RELEVANCE relevant, scored
 * and sorted by the database. Nobody is shown for the chain alone: when nobody is relevant
 * enough the list is honestly empty. The facts behind each score come back for the reasons.
 */
export async function talentsForChallenge(
  db: Trx,
  c: ChallengeForMatching,
  q: Query,
  f: ChallengeFeedback,
  limit: number,
) {
  const { rows } = await talentsQuery(c, q, f, limit).execute(db)
  return rows.map((r) => ({
    ...r,
    score: Number(r.score),
    relevance: Number(r.relevance),
    km: r.km === null ? null : Number(r.km),
  }))
}

/** The ranking query of talentsForChallenge (apart, so that it can be explained). */
export function talentsQuery(c: ChallengeForMatching, q: Query, f: ChallengeFeedback, limit: number) {
  const tokens = queryTokens(q, DICTIONARY, CANDIDATE_FLOOR)
  const d = sql.ref('d.km')
  const concepts = sql.ref('p.concepts')
  const chains = sql.ref('p.chains')
  const near = [...(DICTIONARY.neighbours.get(c.chain) ?? [])]
  return sql<{
    user_id: number
    name: string
    field: string
    institution: string
    title: string
    achievements: string
    skills: string[]
    availability: 'full_time' | 'part_time' | 'spare'
    rating_sum: number
    rating_count: number
    matched: string[]
    same_chain: boolean
    km: number | null
    relevance: number
    score: number
  }>`
    with ranked as materialized (
      select p.user_id, p.field, p.institution, p.title, p.achievements, p.skills, p.chains, p.availability,
        p.rating_sum, p.rating_count, d.km, r.relevance,
        ( ${w.relevance} * r.relevance
        + ${w.chainPrior} * (${chains} @> array[${c.chain}]::text[])::int
        + ${w.neighbourChain} * (${chains} && ${textArray(near)})::int
        + ${w.distance} * ${distanceScore(d)}
        + ${w.availability} * ${availabilityScore(sql.ref('p.availability'))}
        + ${w.rating} * ${ratingScore(sql.ref('p.rating_sum'), sql.ref('p.rating_count'))}
        - ${w.poorRecord} * ${poorRecord(sql.ref('p.rating_sum'), sql.ref('p.rating_count'))}
        - ${expertPenalty(f, c, concepts, chains, d)} )::float8 as score
      from talent_profiles p
      cross join lateral (select ${relevanceSql(strengthSql(concepts, q))}::float8 as relevance) r
      cross join lateral (select ${km(sql.ref('p.lat'), sql.ref('p.lng'), c.lat, c.lng)} as km) d
      where p.availability <> 'busy'
        and ${concepts} && ${textArray(tokens)}
        and r.relevance >= ${f8(MIN_RELEVANCE)}
        and p.user_id <> all(${intArray(f.excludedProfiles)})
      order by score desc, p.user_id
      -- a few more than asked: disabled or deleted accounts are dropped below
      limit ${limit + 10}
    )
    select r.user_id, r.km, r.score, r.relevance, u.display_name as name, r.field, r.institution, r.title,
      r.achievements, r.skills, r.availability, r.rating_sum, r.rating_count,
      ${heldList(sql.ref('r.skills'), c.skills)} as matched, r.chains @> array[${c.chain}]::text[] as same_chain
    from ranked r
    join users u on u.id = r.user_id
    where not u.disabled and u.deleted_at is null
      -- experts now: a revoked role keeps the profile but leaves the pool
      and exists (select 1 from user_roles g where g.user_id = r.user_id and g.role = 'expert' and g.revoked_at is null)
    order by r.score desc, r.user_id
    limit ${limit}`
}

/**
 * The best formed teams for a challenge: what the accepted members wrote (their profiles' concepts
 * together) or the skills the team lists, the leader's place, members' ratings.
 */
export async function teamsForChallenge(
  db: Trx,
  c: ChallengeForMatching,
  q: Query,
  f: ChallengeFeedback,
  limit: number,
) {
  const d = sql.ref('d.km')
  const skills = sql.ref('t.skills')
  const tokens = queryTokens(q, DICTIONARY, CANDIDATE_FLOOR)
  // Each required skill the team's members hold, worth what the same concept is worth to an expert.
  const heldStrength = c.skills.length
    ? sql`(${sql.join(
        c.skills.map((s) => sql`${f8(skillWeight(q, s))} * (${skills} @> array[${s}]::text[])::int`),
        sql` + `,
      )})`
    : sql`0::float8`
  const { rows } = await sql<{
    id: number
    name: string
    skills: string[]
    members: string[]
    /** What the members wrote (for the reasons' concepts). */
    member_text: string
    rating_sum: number
    rating_count: number
    matched: string[]
    same_chain: boolean
    km: number | null
    overseas: boolean
    score: number
  }>`
    select t.id, t.name, t.skills, d.km, lp.user_id is not null and lp.lat is null as overseas,
      ${heldList(skills, c.skills)} as matched, t.chains @> array[${c.chain}]::text[] as same_chain,
      m.members, m.member_text, m.rating_sum, m.rating_count,
      -- on the experts' scale: each required skill the team holds counts as one matched concept
      ( ${w.relevance} * r.relevance
      + ${w.chainPrior} * (t.chains @> array[${c.chain}]::text[])::int
      + ${w.distance} * ${distanceScore(d)}
      + ${w.availability} * 0.8
      + ${w.rating} * ${ratingScore(sql.ref('m.rating_sum'), sql.ref('m.rating_count'))}
      - ${w.poorRecord} * ${poorRecord(sql.ref('m.rating_sum'), sql.ref('m.rating_count'))}
      - ${challengePenalty(f, c, skills, sql.ref('t.chains'), d)} )::float8 as score
    from talent_teams t
    left join talent_profiles lp on lp.user_id = t.leader_id
    cross join lateral (select ${km(sql.ref('lp.lat'), sql.ref('lp.lng'), c.lat, c.lng)} as km) d
    -- teams are few (hundreds): members and their ratings per candidate team
    cross join lateral (
      select array_agg(u.display_name order by tm.invited_at) as members,
        coalesce(string_agg(concat_ws(' ', p.field, p.title, p.achievements, array_to_string(p.skills, ' ')), ' '), '')
          as member_text,
        coalesce(sum(p.rating_sum), 0)::int as rating_sum, coalesce(sum(p.rating_count), 0)::int as rating_count
      from talent_team_members tm join users u on u.id = tm.user_id
      left join talent_profiles p on p.user_id = tm.user_id
      where tm.team_id = t.id and tm.status = 'accepted') m
    -- what the members wrote, read as concepts: a team of a Fluent user and a thermal engineer
    -- answers a 液冷板 challenge even when neither listed its skill strings
    cross join lateral (
      select coalesce(array_agg(distinct x), '{}'::text[]) as concepts
      from talent_team_members tm join talent_profiles p on p.user_id = tm.user_id
      cross join unnest(p.concepts) x
      where tm.team_id = t.id and tm.status = 'accepted') tc
    cross join lateral (select greatest(${relevanceSql(strengthSql(sql.ref('tc.concepts'), q))},
      ${relevanceSql(heldStrength)})::float8 as relevance) r
    where t.formed_at is not null
      and (t.skills && ${textArray(c.skills)} or tc.concepts && ${textArray(tokens)})
      and r.relevance >= ${f8(MIN_RELEVANCE)}
      and t.id <> all(${intArray(f.excludedTeams)})
    order by score desc, t.id
    limit ${limit}`.execute(db)
  return rows.map((r) => ({ ...r, score: Number(r.score), km: r.km === null ? null : Number(r.km) }))
}

export interface ProfileForMatching {
  user_id: number
  skills: string[]
  chains: string[]
  lng: number | null
  lat: number | null
  availability: string
  dual_appointment: boolean
}

/** Demotion of challenges or needs like the ones the expert turned down. */
function profilePenalty(f: ProfileFeedback, skills: Expr, chain: Expr, d: Expr) {
  const terms: Expr[] = []
  if (f.offSkills.length)
    terms.push(sql`${w.learned} * ${countHeld(skills, f.offSkills)}::float8 / greatest(cardinality(${skills}), 1)`)
  if (f.offChains.length) terms.push(sql`${w.learned} * (${chain} = any(${textArray(f.offChains)}))::int`)
  if (f.maxKm !== null) terms.push(sql`${w.learned} * coalesce(${d} >= ${f.maxKm}::float8, false)::int`)
  return terms.length ? sql`(${sql.join(terms, sql` + `)})` : sql`0`
}

const distanceFrom = (p: ProfileForMatching, lat: string, lng: string) =>
  p.lat === null || p.lng === null ? sql`null::float8` : km(sql.ref(lat), sql.ref(lng), p.lat, p.lng)

type Ranked = { id: number; km: number | null; score: number; matched: string[]; same_chain: boolean }

/**
 * The best open challenges for an expert (not their own enterprise's, not taken or turned down
 * already), with their public fields, in one statement.
 */
export async function challengesForProfile(
  db: Trx,
  p: ProfileForMatching,
  q: Query,
  f: ProfileFeedback,
  today: string,
  limit: number,
) {
  const rows = await challengesQuery(db, p, q, f, today, limit).execute()
  return rows.map((r) => ({ ...r, score: Number(r.score), km: r.km === null ? null : Number(r.km) }))
}

/** The statement of challengesForProfile (apart, so that it can be explained). */
export function challengesQuery(
  db: Trx,
  p: ProfileForMatching,
  q: Query,
  f: ProfileFeedback,
  today: string,
  limit: number,
) {
  const d = sql.ref('d.km')
  const skills = sql.ref('c.skills')
  const concepts = sql.ref('c.concepts')
  const tokens = queryTokens(q, DICTIONARY, CANDIDATE_FLOOR)
  const ranked = sql<Ranked & { rating_sum: number; rating_count: number }>`(
    with candidates as (
      -- the better of: the share of its skills the expert lists, and how well everything the
      -- expert wrote matches the challenge's concepts (server/matching)
      select c.id, c.deadline, c.enterprise_id, d.km,
        ( greatest(${w.skills} * ${countHeld(skills, p.skills)}::float8 / greatest(cardinality(c.skills), 1),
            ${w.relevance} * ${relevanceSql(strengthSql(concepts, q))})
        + ${w.sameChain} * (c.chain = any(${textArray(p.chains)}))::int
        + ${w.distance} * ${distanceScore(d)}
        + ${w.availability} * ${availabilityScore(sql`${p.availability}::text`)}
        - ${profilePenalty(f, skills, sql.ref('c.chain'), d)} )::float8 as score
      from talent_challenges c
      cross join lateral (select ${distanceFrom(p, 'c.lat', 'c.lng')} as km) d
      where c.status = 'open' and c.deadline >= ${today}::date
        and (c.skills && ${textArray(p.skills)} or c.chain = any(${textArray(p.chains)})
          or ${concepts} && ${textArray(tokens)})
        and c.id <> all(${intArray(f.excludedChallenges)})
        and c.enterprise_id <> all(${intArray(f.myEnterprises)})
    ), enterprise_record as (
      -- the enterprise's record with takers (企业口碑) counts too
      select ratee_enterprise_id as enterprise_id, sum(score)::int as rating_sum, count(*)::int as rating_count
      from talent_ratings where side = 'taker' group by ratee_enterprise_id
    ), rated as (
      select r.id, r.deadline, r.km, coalesce(e.rating_sum, 0) as rating_sum, coalesce(e.rating_count, 0) as rating_count,
        (r.score + ${w.rating} * ${ratingScore(sql`coalesce(e.rating_sum, 0)`, sql`coalesce(e.rating_count, 0)`)}
          - ${w.poorRecord} * ${poorRecord(sql`coalesce(e.rating_sum, 0)`, sql`coalesce(e.rating_count, 0)`)})::float8 as score
      from candidates r left join enterprise_record e on e.enterprise_id = r.enterprise_id
      order by score desc, r.deadline, r.id
      limit ${limit}
    )
    select r.id, r.km, r.rating_sum, r.rating_count, r.score, ${heldList(skills, p.skills)} as matched,
      c.chain = any(${textArray(p.chains)}) as same_chain
    from rated r join talent_challenges c on c.id = r.id)`
  return publicChallenges(db)
    .innerJoin(ranked.as('r'), 'r.id', 'c.id')
    .select(['r.km', 'r.score', 'r.rating_sum', 'r.rating_count', 'r.matched', 'r.same_chain'])
    .orderBy('r.score', 'desc')
    .orderBy('c.deadline')
    .orderBy('c.id')
}

/** Open talent needs the expert could fill (全职 needs full availability, 双聘 willingness), in one statement. */
export async function needsForProfile(db: Trx, p: ProfileForMatching, f: ProfileFeedback, limit: number) {
  const d = sql.ref('d.km')
  const skills = sql.ref('n.skills')
  const ranked = sql<Ranked>`(
    select n.id, d.km, ${heldList(skills, p.skills)} as matched, n.chain = any(${textArray(p.chains)}) as same_chain,
      ( ${baseScore(countHeld(skills, p.skills), sql`cardinality(n.skills)`, sql`n.chain = any(${textArray(p.chains)})`, d)}
      + ${w.availability} * ${availabilityScore(sql`${p.availability}::text`)}
      - ${profilePenalty(f, skills, sql.ref('n.chain'), d)} )::float8 as score
    from talent_needs n
    cross join lateral (select ${distanceFrom(p, 'n.lat', 'n.lng')} as km) d
    where n.status = 'open'
      and (n.skills && ${textArray(p.skills)} or n.chain = any(${textArray(p.chains)}))
      and (n.mode <> 'full_time' or ${p.availability} = 'full_time')
      and (n.mode <> 'dual' or ${p.dual_appointment})
      and n.id <> all(${intArray(f.excludedNeeds)})
      and n.enterprise_id <> all(${intArray(f.myEnterprises)})
    order by score desc, n.id
    limit ${limit})`
  const rows = await needsQuery(db)
    .innerJoin(ranked.as('r'), 'r.id', 'n.id')
    .select(['r.km', 'r.score', 'r.matched', 'r.same_chain'])
    .orderBy('r.score', 'desc')
    .orderBy('n.id')
    .execute()
  return rows.map((r) => ({ ...r, score: Number(r.score), km: r.km === null ? null : Number(r.km) }))
}
