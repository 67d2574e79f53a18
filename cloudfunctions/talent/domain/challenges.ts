import { sql, type Transaction } from 'kysely'
import type { ChallengeSummary } from '../../../contract/talent'
import { normalizeSkill, type IndustryChain } from '../../../contract/talent-vocabulary'
import type { DB } from '../../../server/db/schema'
import { bigrams } from '../../../server/text/bigrams'
import { dayWords, formatShanghai, shanghaiDate } from '../../../server/time/shanghai'
import { CHAIN_LABEL } from './words'

type Trx = Transaction<DB>

/**
 * The public columns of challenges with their enterprise, community and number of live takes.
 * It never joins talent_challenge_details: whatever is built on it cannot carry the details.
 */
export function publicChallenges(db: Trx) {
  return db
    .selectFrom('talent_challenges as c')
    .innerJoin('enterprises as e', 'e.id', 'c.enterprise_id')
    .innerJoin('communities as m', 'm.id', 'c.community_id')
    .select([
      'c.id',
      'c.title',
      'c.summary',
      'c.chain',
      'c.skills',
      'c.award_kind',
      'c.award_yuan',
      'c.status',
      'c.enterprise_id',
      'c.community_id',
      'c.created_at',
      'e.name as enterprise_name',
      'm.name as community_name',
    ])
    .select(sql<string>`c.deadline::text`.as('deadline'))
    .select(
      sql<number>`(select count(*)::int from talent_takes t where t.challenge_id = c.id and t.status <> 'withdrawn')`.as(
        'takers',
      ),
    )
}
export type PublicChallengeRow = Awaited<ReturnType<ReturnType<typeof publicChallenges>['execute']>>[number]

/** Takes are accepted while the challenge is open and its deadline (a Shanghai date) has not passed. */
export const isOpen = (c: { status: string; deadline: string }, now: Date) =>
  c.status === 'open' && c.deadline >= shanghaiDate(now)

export function presentSummary(c: PublicChallengeRow, now: Date): ChallengeSummary {
  return {
    id: c.id,
    title: c.title,
    summary: c.summary,
    chain: c.chain as IndustryChain,
    skills: c.skills,
    awardKind: c.award_kind,
    awardYuan: c.award_yuan,
    deadline: c.deadline,
    status: c.status,
    open: isOpen(c, now),
    enterpriseName: c.enterprise_name,
    communityName: c.community_name,
    takers: Number(c.takers),
    postedAt: formatShanghai(new Date(c.created_at)),
  }
}

/** Skills as stored: normalized, distinct, in the order given. */
export const cleanSkills = (skills: string[]) => [...new Set(skills.map(normalizeSkill).filter(Boolean))]

/** Search text of a challenge: its public words only (title, summary, chain, skills). */
export const challengeBigrams = (c: { title: string; summary: string; chain: string; skills: string[] }) =>
  bigrams([c.title, c.summary, CHAIN_LABEL[c.chain as IndustryChain] ?? '', ...c.skills].join(' '))

export async function detailsOf(db: Trx, challengeId: number) {
  const d = await db
    .selectFrom('talent_challenge_details')
    .selectAll()
    .where('challenge_id', '=', challengeId)
    .executeTakeFirstOrThrow()
  return { challengeId, problem: d.problem, goals: d.goals, criteria: d.criteria }
}

/** Why the caller cannot take this challenge now, in words (null: they can). */
export async function whyNotTake(
  db: Trx,
  c: { id: number; status: string; deadline: string; enterprise_id: number },
  user: { id: number; enterpriseIds: number[]; isExpert: boolean },
  now: Date,
): Promise<string | null> {
  if (c.status !== 'open') return '该榜单已停止揭榜'
  if (c.deadline < shanghaiDate(now)) return `揭榜已于 ${dayWords(c.deadline, now)} 截止`
  if (user.enterpriseIds.includes(c.enterprise_id)) return '不能揭自己企业发布的榜单'
  if (!user.isExpert) return '揭榜需要专家身份，请先申请专家认证'
  const live = await db
    .selectFrom('talent_takes')
    .select('id')
    .where('challenge_id', '=', c.id)
    .where('user_id', '=', user.id)
    .where('status', '<>', 'withdrawn')
    .executeTakeFirst()
  if (live) return '你已揭过这张榜'
  return null
}
