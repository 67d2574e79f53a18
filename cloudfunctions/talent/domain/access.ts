import { sql, type Transaction } from 'kysely'
import { refuse } from '../../../server/core/app-error'
import { defineGuard } from '../../../server/core/define-function'
import type { DB } from '../../../server/db/schema'
import { enterprisesOf, hasRole, isAdmin, type Caller } from '../../../server/people/roles'

type Trx = Transaction<DB>

/** Brokers (人才经纪人) are scoped to communities. */
export const brokerOf = (user: Pick<Caller, 'grants'>) =>
  user.grants.filter((g) => g.role === 'broker' && g.communityId !== null).map((g) => g.communityId!)

export const isLiaisonOf = (user: Caller, enterpriseId: number) => enterprisesOf(user).includes(enterpriseId)

/** A challenge's row without its details (they live in talent_challenge_details); deadline as YYYY-MM-DD. */
export async function challengeRow(db: Trx, id: number, lock = false) {
  let q = db
    .selectFrom('talent_challenges')
    .select([
      'id',
      'enterprise_id',
      'community_id',
      'posted_by',
      'title',
      'summary',
      'chain',
      'skills',
      'award_kind',
      'award_yuan',
      'terms',
      'status',
      'lng',
      'lat',
      'awarded_take_id',
      'review_activity_id',
    ])
    .select(sql<string>`deadline::text`.as('deadline'))
    .where('id', '=', id)
  if (lock) q = q.forUpdate()
  const c = await q.executeTakeFirst()
  if (!c) return refuse('NOT_FOUND', '榜单不存在')
  return c
}
export type ChallengeRow = Awaited<ReturnType<typeof challengeRow>>

/** Guard: the caller is the liaison (企业联络员) of the enterprise the input names. */
export const enterpriseLiaison = defineGuard('liaison of the enterprise', async ({ db, user }, id) => {
  if (!isLiaisonOf(user, id)) refuse('FORBIDDEN', '只能以你所联络的企业发布')
  const e = await db
    .selectFrom('enterprises')
    .select(['id', 'name', 'community_id'])
    .where('id', '=', id)
    .executeTakeFirst()
  if (!e) return refuse('NOT_FOUND', '企业不存在')
  return e
})

/** Guard: the caller is a liaison of the enterprise that posted the challenge (locked for the change). */
export const challengeOwner = defineGuard('liaison of the posting enterprise', async ({ db, user }, id) => {
  const c = await challengeRow(db, id, true)
  if (!isLiaisonOf(user, c.enterprise_id)) refuse('FORBIDDEN', '只有发榜企业的联络员可以操作')
  return c
})

/** Guard: who may see and steer a challenge's recommendations: its enterprise, its community's broker, admins. */
export const challengeMatcher = defineGuard(
  "posting enterprise or the community's broker",
  async ({ db, user }, id) => {
    const c = await challengeRow(db, id)
    if (!isLiaisonOf(user, c.enterprise_id) && !brokerOf(user).includes(c.community_id) && !isAdmin(user))
      refuse('FORBIDDEN', '只有发榜企业或本社区的人才经纪人可以查看推荐')
    return c
  },
)

/** Guard: a broker of the challenge's community (admins too). */
export const challengeBroker = defineGuard("broker of the challenge's community", async ({ db, user }, id) => {
  const c = await challengeRow(db, id)
  if (!brokerOf(user).includes(c.community_id) && !isAdmin(user)) refuse('FORBIDDEN', '只能为本社区的榜单牵线')
  return c
})

/**
 * Guard: the details of a challenge: its enterprise's liaisons, or an expert who accepted its terms
 * and is still an expert (a revoked role reads nothing, whatever was accepted before).
 */
export const detailsReader = defineGuard(
  'posting enterprise, or a live expert who accepted the terms',
  async ({ db, user }, id) => {
    const c = await challengeRow(db, id)
    if (isLiaisonOf(user, c.enterprise_id)) return c
    if (!hasRole(user, 'expert')) refuse('FORBIDDEN', '你已不是专家，不能查看榜单详情')
    const accepted = await db
      .selectFrom('talent_terms')
      .select('accepted_at')
      .where('challenge_id', '=', id)
      .where('user_id', '=', user.id)
      .executeTakeFirst()
    if (!accepted) refuse('FORBIDDEN', '请先阅读并同意保密条款，才能查看榜单详情')
    return c
  },
)

async function takeWithChallenge(db: Trx, takeId: number) {
  const t = await db.selectFrom('talent_takes').selectAll().where('id', '=', takeId).forUpdate().executeTakeFirst()
  if (!t) return refuse('NOT_FOUND', '揭榜记录不存在')
  return { take: t, challenge: await challengeRow(db, t.challenge_id, true) }
}

/** Guard: the take the input names belongs to a challenge the caller's enterprise posted. */
export const takeOwner = defineGuard("liaison of the take's challenge", async ({ db, user }, id) => {
  const r = await takeWithChallenge(db, id)
  if (!isLiaisonOf(user, r.challenge.enterprise_id)) refuse('FORBIDDEN', '只有发榜企业的联络员可以操作')
  return r
})

/** Guard: the caller submitted the take (someone else's is "not found"). */
export const takeTaker = defineGuard('taker of the take', async ({ db, user }, id) => {
  const r = await takeWithChallenge(db, id)
  if (r.take.user_id !== user.id) refuse('NOT_FOUND', '揭榜记录不存在')
  return r
})

/** The awarded take of a challenge and who is on its side (the taker and, for a team, its members). */
export async function awardedSide(db: Trx, challenge: { awarded_take_id: number | null }) {
  if (!challenge.awarded_take_id) return null
  const take = await db
    .selectFrom('talent_takes')
    .selectAll()
    .where('id', '=', challenge.awarded_take_id)
    .executeTakeFirstOrThrow()
  const members = take.team_id
    ? (
        await db
          .selectFrom('talent_team_members')
          .select('user_id')
          .where('team_id', '=', take.team_id)
          .where('status', '=', 'accepted')
          .execute()
      ).map((m) => m.user_id)
    : []
  return { take, people: [...new Set([take.user_id, ...members])] }
}

async function milestoneWithChallenge(db: Trx, id: number) {
  const m = await db
    .selectFrom('talent_milestones')
    .select(['id', 'challenge_id', 'status', 'title'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
  if (!m) return refuse('NOT_FOUND', '里程碑不存在')
  return { milestone: m, challenge: await challengeRow(db, m.challenge_id, true) }
}

/** Guard: the posting enterprise of the milestone's challenge (it accepts milestones). */
export const milestoneOwner = defineGuard("liaison of the milestone's challenge", async ({ db, user }, id) => {
  const r = await milestoneWithChallenge(db, id)
  if (!isLiaisonOf(user, r.challenge.enterprise_id)) refuse('FORBIDDEN', '只有发榜企业的联络员可以验收')
  return r
})

/** Guard: the awarded taker's side of the milestone's challenge (it submits milestones). */
export const milestoneTaker = defineGuard("awarded taker of the milestone's challenge", async ({ db, user }, id) => {
  const r = await milestoneWithChallenge(db, id)
  const side = await awardedSide(db, r.challenge)
  if (!side?.people.includes(user.id)) refuse('FORBIDDEN', '只有中榜方可以提交里程碑')
  return r
})

/** Guard: a party to the challenge — its enterprise, or the awarded taker's side — and which one. */
export const challengeParty = defineGuard('posting enterprise or awarded taker', async ({ db, user }, id) => {
  const challenge = await challengeRow(db, id, true)
  if (isLiaisonOf(user, challenge.enterprise_id)) return { challenge, side: 'enterprise' as const, taker: null }
  const side = await awardedSide(db, challenge)
  if (side?.people.includes(user.id)) return { challenge, side: 'taker' as const, taker: side.take }
  return refuse('FORBIDDEN', '只有发榜企业和中榜方可以评价')
})

/** Guard: the leader of the team the input names. */
export const teamLeader = defineGuard('leader of the team', async ({ db, user }, id) => {
  const t = await db.selectFrom('talent_teams').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
  if (!t) return refuse('NOT_FOUND', '团队不存在')
  if (t.leader_id !== user.id) refuse('FORBIDDEN', '只有团队负责人可以邀请成员')
  return t
})

/** Guard: a liaison of the enterprise that posted the talent need. */
export const needOwner = defineGuard('liaison of the posting enterprise', async ({ db, user }, id) => {
  const n = await db.selectFrom('talent_needs').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
  if (!n) return refuse('NOT_FOUND', '人才需求不存在')
  if (!isLiaisonOf(user, n.enterprise_id)) refuse('FORBIDDEN', '只有发布企业的联络员可以操作')
  return n
})
