import { sql, type Transaction } from 'kysely'
import type { DB } from '../../../server/db/schema'
import type { DismissReason } from '../tables'
import { lookups, queryTokens, type Query } from '../../../server/matching/concepts'
import { km } from './scoring'

type Trx = Transaction<DB>

// What "not interested" teaches, read from the few feedback rows of one challenge or one expert
// before ranking; the ranking query then excludes what was turned down and demotes what is like it.

/** An enterprise's feedback on the experts and teams recommended for one of its challenges. */
export interface ChallengeFeedback {
  excludedProfiles: number[]
  excludedTeams: number[]
  /** 技能不对口: the skills they had beyond what the challenge asks for. */
  offSkills: string[]
  /** 产业链不相关: the challenge's skills they matched on, and the other chains they came from. */
  chainSkills: string[]
  chainChains: string[]
  /** 距离太远: as far as the nearest one turned down for distance. */
  maxKm: number | null
  /** 技能不对口 (experts): the concepts they had that the challenge does not ask for. */
  offConcepts: string[]
  /** 产业链不相关 (experts): the challenge's concepts none of them matched on (matching one of these clears). */
  chainOthers: string[]
  /** 其他 (experts): their institutions. */
  institutions: string[]
}

export async function feedbackOnChallenge(
  db: Trx,
  c: { id: number; skills: string[]; chain: string; lat: number; lng: number; enterprise_id: number },
  q: Query,
): Promise<ChallengeFeedback> {
  // One statement: the dismissals, and the enterprise's own liaisons (never recommended to it).
  const { rows } = await sql<{
    reason: DismissReason | 'liaison'
    profile_user_id: number | null
    team_id: number | null
    skills: string[] | null
    chains: string[] | null
    concepts: string[] | null
    institution: string | null
    km: number | null
  }>`
    select x.reason, x.profile_user_id, x.team_id, coalesce(p.skills, t.skills) as skills,
      coalesce(p.chains, t.chains) as chains, p.concepts, p.institution,
      ${km(sql.ref('p.lat'), sql.ref('p.lng'), c.lat, c.lng)} as km
    from talent_dismissals x
    left join talent_profiles p on p.user_id = x.profile_user_id
    left join talent_teams t on t.id = x.team_id
    where x.side = 'challenge' and x.challenge_id = ${c.id}
    union all
    select 'liaison', user_id, null, null, null, null, null, null from user_roles
    where role = 'enterprise' and enterprise_id = ${c.enterprise_id} and revoked_at is null`.execute(db)
  const f: ChallengeFeedback = {
    excludedProfiles: [],
    excludedTeams: [],
    offSkills: [],
    chainSkills: [],
    chainChains: [],
    maxKm: null,
    offConcepts: [],
    chainOthers: [],
    institutions: [],
  }
  const wanted = new Set(c.skills)
  const asked = new Set(queryTokens(q))
  const exact = lookups(q).map((alts) => alts[0][0])
  const chainMatched = new Set<string>()
  for (const r of rows) {
    if (r.profile_user_id) f.excludedProfiles.push(r.profile_user_id)
    if (r.team_id) f.excludedTeams.push(r.team_id)
    const skills = r.skills ?? []
    const chains = r.chains ?? []
    const reason = r.reason
    if (reason === 'skills') f.offSkills.push(...skills.filter((s) => !wanted.has(s)))
    if (reason === 'chain') {
      f.chainSkills.push(...skills.filter((s) => wanted.has(s)))
      f.chainChains.push(...chains.filter((x) => x !== c.chain))
    }
    if (reason === 'distance' && r.km !== null) f.maxKm = Math.min(f.maxKm ?? Infinity, Number(r.km))
    const concepts = r.concepts ?? []
    if (reason === 'skills') f.offConcepts.push(...concepts.filter((t) => t.startsWith('c:') && !asked.has(t)))
    if (reason === 'chain') for (const t of concepts) if (asked.has(t)) chainMatched.add(t)
    if (reason === 'other' && r.institution?.trim()) f.institutions.push(r.institution)
  }
  f.chainOthers = exact.filter((t) => !chainMatched.has(t))
  f.offConcepts = [...new Set(f.offConcepts)]
  f.institutions = [...new Set(f.institutions)]
  f.offSkills = [...new Set(f.offSkills)]
  f.chainSkills = [...new Set(f.chainSkills)]
  f.chainChains = [...new Set(f.chainChains)]
  return f
}

/** An expert's feedback on the challenges and needs recommended to them. */
export interface ProfileFeedback {
  excludedChallenges: number[]
  excludedNeeds: number[]
  myEnterprises: number[]
  /** Skills of what they turned down for 技能不对口, beyond their own. */
  offSkills: string[]
  /** Chains of what they turned down for 产业链不相关. */
  offChains: string[]
  maxKm: number | null
}

export async function feedbackOfProfile(
  db: Trx,
  p: { user_id: number; skills: string[]; lat: number | null; lng: number | null },
): Promise<ProfileFeedback> {
  const dist = (lat: string, lng: string) =>
    p.lat === null || p.lng === null ? sql<number | null>`null::float8` : km(sql.ref(lat), sql.ref(lng), p.lat, p.lng)
  // One statement: what they turned down, what they already took or applied for, the enterprises
  // they speak for.
  const { rows } = await sql<{
    kind: 'challenge' | 'need' | 'taken' | 'applied' | 'enterprise'
    reason: DismissReason | null
    id: number
    skills: string[] | null
    chain: string | null
    km: number | null
  }>`
    select 'challenge' as kind, x.reason, c.id, c.skills, c.chain, ${dist('c.lat', 'c.lng')} as km
    from talent_dismissals x join talent_challenges c on c.id = x.challenge_id
    where x.side = 'profile' and x.profile_user_id = ${p.user_id}
    union all
    select 'need', x.reason, n.id, n.skills, n.chain, ${dist('n.lat', 'n.lng')}
    from talent_dismissals x join talent_needs n on n.id = x.need_id
    where x.side = 'profile' and x.profile_user_id = ${p.user_id}
    union all
    select 'taken', null, challenge_id, null, null, null from talent_takes
    where user_id = ${p.user_id} and status <> 'withdrawn'
    union all
    select 'applied', null, need_id, null, null, null from talent_need_applications where user_id = ${p.user_id}
    union all
    select 'enterprise', null, enterprise_id, null, null, null from user_roles
    where user_id = ${p.user_id} and role = 'enterprise' and revoked_at is null and enterprise_id is not null`.execute(
    db,
  )
  const f: ProfileFeedback = {
    excludedChallenges: [],
    excludedNeeds: [],
    myEnterprises: [],
    offSkills: [],
    offChains: [],
    maxKm: null,
  }
  const own = new Set(p.skills)
  for (const r of rows) {
    if (r.kind === 'taken' || r.kind === 'challenge') f.excludedChallenges.push(r.id)
    if (r.kind === 'need' || r.kind === 'applied') f.excludedNeeds.push(r.id)
    if (r.kind === 'enterprise') f.myEnterprises.push(r.id)
    if (r.reason === 'skills') f.offSkills.push(...(r.skills ?? []).filter((s) => !own.has(s)))
    if (r.reason === 'chain' && r.chain) f.offChains.push(r.chain)
    if (r.reason === 'distance' && r.km !== null) f.maxKm = Math.min(f.maxKm ?? Infinity, Number(r.km))
  }
  f.offSkills = [...new Set(f.offSkills)]
  f.offChains = [...new Set(f.offChains)]
  return f
}
