import { sql, type RawBuilder, type Transaction } from 'kysely'
import type { DB } from '../../../server/db/schema'

type Trx = Transaction<DB>

/**
 * The scoring, in PostgreSQL: candidates come from the GIN indexes (skills overlap, or the same
 * chain), each is scored by one expression, the database sorts and returns the top N. Nothing is
 * copied into memory. Weights (sum of the positive ones = 1):
 */
export const WEIGHTS = {
  /** Share of the challenge's required skills the candidate has. */
  skills: 0.55,
  sameChain: 0.15,
  /** 1 nearby, falling with distance (half at 100 km); overseas counts as remote (0.3). */
  distance: 0.1,
  /** full time 1, part time 0.8, spare time 0.5. */
  availability: 0.1,
  /** Bayesian mean of past ratings (two phantom 3.5s), 1..5 mapped to 0..1. */
  rating: 0.1,
  /** A record of poor delivery: at least two ratings averaging below 3. */
  poorRecord: 0.25,
  /** "Not interested" feedback: skills, chain or distance like what was turned down. */
  learned: 0.15,
} as const

/** The weights as SQL literals (typed numeric by PostgreSQL, not guessed from a parameter). */
const w = Object.fromEntries(Object.entries(WEIGHTS).map(([k, v]) => [k, sql.lit(v)])) as Record<
  keyof typeof WEIGHTS,
  RawBuilder<unknown>
>

const km = (lat: RawBuilder<unknown>, lng: RawBuilder<unknown>, lat0: unknown, lng0: unknown) => sql<number | null>`
  (6371 * 2 * asin(sqrt(power(sin(radians(${lat} - ${lat0}::float8) / 2), 2)
    + cos(radians(${lat0}::float8)) * cos(radians(${lat})) * power(sin(radians(${lng} - ${lng0}::float8) / 2), 2))))`

const distanceScore = (d: RawBuilder<unknown>) =>
  sql`(case when ${d} is null then 0.3 else 1.0 / (1 + ${d} / 100.0) end)`
const availabilityScore = (a: RawBuilder<unknown>) =>
  sql`(case ${a} when 'full_time' then 1.0 when 'part_time' then 0.8 when 'spare' then 0.5 else 0 end)`
const ratingScore = (sum: RawBuilder<unknown>, count: RawBuilder<unknown>) =>
  sql`((((${sum})::float8 + 7) / ((${count}) + 2) - 1) / 4)`
const poorRecord = (sum: RawBuilder<unknown>, count: RawBuilder<unknown>) =>
  sql`((${count}) >= 2 and (${sum}) < 3 * (${count}))`
const share = (part: RawBuilder<unknown>, whole: RawBuilder<unknown>) =>
  sql`(cardinality(${part})::float8 / greatest(cardinality(${whole}), 1))`
const textArray = (xs: string[]) => sql`${xs}::text[]`

export interface ChallengeForMatching {
  id: number
  skills: string[]
  chain: string
  lng: number
  lat: number
  enterprise_id: number
}

/** The best experts for a challenge (not busy, not turned down for it), with the facts behind each score. */
export async function talentsForChallenge(db: Trx, c: ChallengeForMatching, limit: number) {
  const skills = textArray(c.skills)
  const d = sql.ref('d.km')
  const { rows } = await sql<{
    user_id: number
    name: string
    field: string
    institution: string
    title: string
    skills: string[]
    chains: string[]
    availability: 'full_time' | 'part_time' | 'spare'
    overseas: boolean
    rating_sum: number
    rating_count: number
    matched: string[]
    same_chain: boolean
    km: number | null
    score: number
  }>`
    with dis as (
      select x.reason, p.skills, p.chains, ${km(sql.ref('p.lat'), sql.ref('p.lng'), c.lat, c.lng)} as km
      from talent_dismissals x join talent_profiles p on p.user_id = x.profile_user_id
      where x.side = 'challenge' and x.challenge_id = ${c.id}
      union all
      select x.reason, t.skills, t.chains, null from talent_dismissals x join talent_teams t on t.id = x.team_id
      where x.side = 'challenge' and x.challenge_id = ${c.id}
    ), learned as (
      select
        -- 技能不对口: the skills they had beyond what the challenge asks for.
        coalesce((select array_agg(distinct s) from dis, unnest(dis.skills) s
                  where dis.reason = 'skills' and s <> all(${skills})), '{}') as off_skills,
        -- 产业链不相关: the skill they matched on, in the other chains they came from.
        coalesce((select array_agg(distinct s) from dis, unnest(dis.skills) s
                  where dis.reason = 'chain' and s = any(${skills})), '{}') as chain_skills,
        coalesce((select array_agg(distinct s) from dis, unnest(dis.chains) s
                  where dis.reason = 'chain' and s <> ${c.chain}), '{}') as chain_chains,
        -- 距离太远: as far as the nearest one turned down for distance.
        (select min(km) from dis where reason = 'distance') as max_km
    )
    select p.user_id, u.display_name as name, p.field, p.institution, p.title, p.skills, p.chains,
      p.availability, p.overseas, p.rating_sum, p.rating_count, m.matched, m.same_chain, d.km,
      ( ${w.skills} * ${share(sql.ref('m.matched'), skills)}
      + ${w.sameChain} * m.same_chain::int
      + ${w.distance} * ${distanceScore(d)}
      + ${w.availability} * ${availabilityScore(sql.ref('p.availability'))}
      + ${w.rating} * ${ratingScore(sql.ref('p.rating_sum'), sql.ref('p.rating_count'))}
      - ${w.poorRecord} * ${poorRecord(sql.ref('p.rating_sum'), sql.ref('p.rating_count'))}::int
      - ${w.learned} * ${share(sql`array(select unnest(p.skills) intersect select unnest(l.off_skills))`, sql.ref('p.skills'))}
      - ${w.learned} * (not m.same_chain and cardinality(m.matched) > 0 and m.matched <@ l.chain_skills
                         and p.chains && l.chain_chains)::int
      - ${w.learned} * coalesce(d.km >= l.max_km, false)::int
      )::float8 as score
    from talent_profiles p
    join users u on u.id = p.user_id
    cross join learned l
    cross join lateral (select array(select s from unnest(p.skills) s where s = any(${skills})) as matched,
                               ${c.chain} = any(p.chains) as same_chain) m
    cross join lateral (select case when p.lat is null then null
                          else ${km(sql.ref('p.lat'), sql.ref('p.lng'), c.lat, c.lng)} end as km) d
    where p.availability <> 'busy'
      and (p.skills && ${skills} or p.chains && array[${c.chain}]::text[])
      and not u.disabled and u.deleted_at is null
      and not exists (select 1 from talent_dismissals x where x.side = 'challenge'
                      and x.challenge_id = ${c.id} and x.profile_user_id = p.user_id)
      and not exists (select 1 from user_roles r where r.user_id = p.user_id and r.role = 'enterprise'
                      and r.enterprise_id = ${c.enterprise_id} and r.revoked_at is null)
    order by score desc, p.user_id
    limit ${limit}`.execute(db)
  return rows.map((r) => ({ ...r, score: Number(r.score), km: r.km === null ? null : Number(r.km) }))
}

/** The best formed teams for a challenge: members' skills together, the leader's place, members' ratings. */
export async function teamsForChallenge(db: Trx, c: ChallengeForMatching, limit: number) {
  const skills = textArray(c.skills)
  const d = sql.ref('d.km')
  const { rows } = await sql<{
    id: number
    name: string
    skills: string[]
    members: string[]
    rating_sum: number
    rating_count: number
    matched: string[]
    same_chain: boolean
    km: number | null
    overseas: boolean
    score: number
  }>`
    select t.id, t.name, t.skills, r.members, r.rating_sum, r.rating_count, m.matched, m.same_chain, d.km,
      coalesce(lp.lat is null, false) as overseas,
      ( ${w.skills} * ${share(sql.ref('m.matched'), skills)}
      + ${w.sameChain} * m.same_chain::int
      + ${w.distance} * ${distanceScore(d)}
      + ${w.availability} * 0.8
      + ${w.rating} * ${ratingScore(sql.ref('r.rating_sum'), sql.ref('r.rating_count'))}
      - ${w.poorRecord} * ${poorRecord(sql.ref('r.rating_sum'), sql.ref('r.rating_count'))}::int
      )::float8 as score
    from talent_teams t
    left join talent_profiles lp on lp.user_id = t.leader_id
    cross join lateral (
      select array_agg(u.display_name order by tm.invited_at) as members,
             coalesce(sum(p.rating_sum), 0)::int as rating_sum, coalesce(sum(p.rating_count), 0)::int as rating_count
      from talent_team_members tm join users u on u.id = tm.user_id
      left join talent_profiles p on p.user_id = tm.user_id
      where tm.team_id = t.id and tm.status = 'accepted') r
    cross join lateral (select array(select s from unnest(t.skills) s where s = any(${skills})) as matched,
                               ${c.chain} = any(t.chains) as same_chain) m
    cross join lateral (select case when lp.lat is null then null
                          else ${km(sql.ref('lp.lat'), sql.ref('lp.lng'), c.lat, c.lng)} end as km) d
    where t.formed_at is not null
      and (t.skills && ${skills} or t.chains && array[${c.chain}]::text[])
      and not exists (select 1 from talent_dismissals x where x.side = 'challenge'
                      and x.challenge_id = ${c.id} and x.team_id = t.id)
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

/** What the expert turned down, and what it teaches: skills, chains and distances to avoid. */
const learnedForProfile = (p: ProfileForMatching, mySkills: RawBuilder<unknown>) => sql`
  dis as (
    select x.reason, c.skills, c.chain,
      ${p.lat === null ? sql`null::float8` : km(sql.ref('c.lat'), sql.ref('c.lng'), p.lat, p.lng)} as km
    from talent_dismissals x join talent_challenges c on c.id = x.challenge_id
    where x.side = 'profile' and x.profile_user_id = ${p.user_id}
    union all
    select x.reason, n.skills, n.chain,
      ${p.lat === null ? sql`null::float8` : km(sql.ref('n.lat'), sql.ref('n.lng'), p.lat, p.lng)}
    from talent_dismissals x join talent_needs n on n.id = x.need_id
    where x.side = 'profile' and x.profile_user_id = ${p.user_id}
  ), learned as (
    select
      coalesce((select array_agg(distinct s) from dis, unnest(dis.skills) s
                where dis.reason = 'skills' and s <> all(${mySkills})), '{}') as off_skills,
      coalesce((select array_agg(distinct chain) from dis where reason = 'chain'), '{}') as off_chains,
      (select min(km) from dis where reason = 'distance') as max_km
  )`

const learnedPenalty = (skills: RawBuilder<unknown>, chain: RawBuilder<unknown>, d: RawBuilder<unknown>) => sql`
  ${w.learned} * ${share(sql`array(select unnest(${skills}) intersect select unnest(l.off_skills))`, skills)}
  + ${w.learned} * (${chain} = any(l.off_chains))::int
  + ${w.learned} * coalesce(${d} >= l.max_km, false)::int`

/** The best open challenges for an expert: not their own enterprise's, not taken or turned down already. */
export async function challengesForProfile(db: Trx, p: ProfileForMatching, today: string, limit: number) {
  const mine = textArray(p.skills)
  const d = sql.ref('d.km')
  const { rows } = await sql<{
    id: number
    matched: string[]
    same_chain: boolean
    km: number | null
    rating_sum: number
    rating_count: number
    score: number
  }>`
    with ${learnedForProfile(p, mine)}
    select c.id, m.matched, m.same_chain, d.km, er.rating_sum, er.rating_count,
      ( ${w.skills} * ${share(sql.ref('m.matched'), sql.ref('c.skills'))}
      + ${w.sameChain} * m.same_chain::int
      + ${w.distance} * ${distanceScore(d)}
      + ${w.availability} * ${availabilityScore(sql`${p.availability}::text`)}
      + ${w.rating} * ${ratingScore(sql.ref('er.rating_sum'), sql.ref('er.rating_count'))}
      - ${w.poorRecord} * ${poorRecord(sql.ref('er.rating_sum'), sql.ref('er.rating_count'))}::int
      - (${learnedPenalty(sql.ref('c.skills'), sql.ref('c.chain'), d)})
      )::float8 as score
    from talent_challenges c
    cross join learned l
    cross join lateral (select array(select s from unnest(c.skills) s where s = any(${mine})) as matched,
                               c.chain = any(${textArray(p.chains)}) as same_chain) m
    cross join lateral (select ${p.lat === null ? sql`null::float8` : km(sql.ref('c.lat'), sql.ref('c.lng'), p.lat, p.lng)} as km) d
    cross join lateral (select coalesce(sum(score), 0)::int as rating_sum, count(*)::int as rating_count
                        from talent_ratings r where r.ratee_enterprise_id = c.enterprise_id) er
    where c.status = 'open' and c.deadline >= ${today}::date
      and (c.skills && ${mine} or c.chain = any(${textArray(p.chains)}))
      and not exists (select 1 from talent_dismissals x where x.side = 'profile'
                      and x.profile_user_id = ${p.user_id} and x.challenge_id = c.id)
      and not exists (select 1 from talent_takes t where t.challenge_id = c.id
                      and t.user_id = ${p.user_id} and t.status <> 'withdrawn')
      and not exists (select 1 from user_roles r where r.user_id = ${p.user_id} and r.role = 'enterprise'
                      and r.enterprise_id = c.enterprise_id and r.revoked_at is null)
    order by score desc, c.deadline, c.id
    limit ${limit}`.execute(db)
  return rows.map((r) => ({ ...r, score: Number(r.score), km: r.km === null ? null : Number(r.km) }))
}

/** Open talent needs the expert could fill: 全职 needs full availability, 双聘 needs willingness. */
export async function needsForProfile(db: Trx, p: ProfileForMatching, limit: number) {
  const mine = textArray(p.skills)
  const d = sql.ref('d.km')
  const { rows } = await sql<{ id: number; matched: string[]; same_chain: boolean; km: number | null; score: number }>`
    with ${learnedForProfile(p, mine)}
    select n.id, m.matched, m.same_chain, d.km,
      ( ${w.skills} * ${share(sql.ref('m.matched'), sql.ref('n.skills'))}
      + ${w.sameChain} * m.same_chain::int
      + ${w.distance} * ${distanceScore(d)}
      + ${w.availability} * ${availabilityScore(sql`${p.availability}::text`)}
      - (${learnedPenalty(sql.ref('n.skills'), sql.ref('n.chain'), d)})
      )::float8 as score
    from talent_needs n
    cross join learned l
    cross join lateral (select array(select s from unnest(n.skills) s where s = any(${mine})) as matched,
                               n.chain = any(${textArray(p.chains)}) as same_chain) m
    cross join lateral (select ${p.lat === null ? sql`null::float8` : km(sql.ref('n.lat'), sql.ref('n.lng'), p.lat, p.lng)} as km) d
    where n.status = 'open'
      and (n.skills && ${mine} or n.chain = any(${textArray(p.chains)}))
      and (n.mode <> 'full_time' or ${p.availability} = 'full_time')
      and (n.mode <> 'dual' or ${p.dual_appointment})
      and not exists (select 1 from talent_dismissals x where x.side = 'profile'
                      and x.profile_user_id = ${p.user_id} and x.need_id = n.id)
    order by score desc, n.id
    limit ${limit}`.execute(db)
  return rows.map((r) => ({ ...r, score: Number(r.score), km: r.km === null ? null : Number(r.km) }))
}
