import type { SeedCtx } from '../../server/core/feature'
import { grantRole } from '../../server/people/grants'
import { addDays, shanghaiDate } from '../../server/time/shanghai'
import { demoUserId } from '../user/seed'
import { challengeBigrams, cleanSkills } from './domain/challenges'
import { challengeConcepts } from './domain/concepts'
import { saveProfile } from './domain/profiles'
import { refreshTeamSkills } from './domain/teams'
import { seedTalentHistory } from './seed-history'
import { DEMO_CHALLENGES, DEMO_EXPERTS, DEMO_NEEDS, DEMO_TERMS, PROFESSOR_ZHOU, type DemoExpert } from './seed-data'

/** The demo board (idempotent: rows keyed by names and titles), then its generated history. */
export async function seedTalent(ctx: SeedCtx) {
  const board = await seedBoard(ctx)
  return { ...board, ...(await seedTalentHistory(ctx)) }
}

async function expertProfile(ctx: SeedCtx, user: { id: number; display_name: string }, p: Omit<DemoExpert, 'name'>) {
  const has = await ctx.db
    .selectFrom('talent_profiles')
    .select('user_id')
    .where('user_id', '=', user.id)
    .executeTakeFirst()
  if (has) return
  await saveProfile(ctx, user, {
    field: p.field,
    institution: p.institution,
    title: p.title,
    skills: p.skills,
    chains: p.chains,
    achievements: p.achievements,
    availability: p.availability,
    dualAppointment: p.dual,
    languages: p.languages,
    overseas: p.place === 'overseas',
    place: p.place,
  })
}

async function seedBoard(ctx: SeedCtx) {
  const { db, now } = ctx
  const zhouId = await demoUserId(db, 'expert')
  if (zhouId) {
    const zhou = await db
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('id', '=', zhouId)
      .executeTakeFirstOrThrow()
    await expertProfile(ctx, zhou, PROFESSOR_ZHOU)
  }
  // Experts are not demo sign-in accounts (users.demo is for those): keyed by their 示例 names.
  const experts = new Map<string, number>()
  for (const x of DEMO_EXPERTS) {
    let user = await db
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('display_name', '=', x.name)
      .where('role', '=', 'expert')
      .executeTakeFirst()
    if (!user) {
      user = await db
        .insertInto('users')
        .values({ role: 'expert', display_name: x.name, onboarded_at: now })
        .returning(['id', 'display_name'])
        .executeTakeFirstOrThrow()
      await grantRole(
        ctx,
        { userId: user.id, role: 'expert', details: { field: x.field, institution: x.institution, title: x.title } },
        null,
      )
    }
    await expertProfile(ctx, user, x)
    experts.set(x.name, user.id)
  }

  const enterprises = new Map(
    (await db.selectFrom('enterprises').select(['id', 'name', 'community_id']).execute()).map((e) => [e.name, e]),
  )
  const liaison = await demoUserId(db, 'enterprise')
  const today = shanghaiDate(now)
  let challenges = 0
  for (const c of DEMO_CHALLENGES) {
    const e = enterprises.get(c.enterprise)
    if (!e) continue
    const exists = await db
      .selectFrom('talent_challenges')
      .select('id')
      .where('enterprise_id', '=', e.id)
      .where('title', '=', c.title)
      .executeTakeFirst()
    if (exists) continue
    const place = await db
      .selectFrom('communities')
      .select(['lng', 'lat'])
      .where('id', '=', e.community_id)
      .executeTakeFirstOrThrow()
    const skills = cleanSkills(c.skills)
    const { id } = await db
      .insertInto('talent_challenges')
      .values({
        enterprise_id: e.id,
        community_id: e.community_id,
        posted_by: liaison,
        title: c.title,
        summary: c.summary,
        chain: c.chain,
        skills,
        award_kind: c.awardKind,
        award_yuan: c.awardYuan,
        deadline: addDays(today, c.daysLeft),
        terms: DEMO_TERMS,
        lng: place.lng,
        lat: place.lat,
        bigrams: challengeBigrams({ ...c, skills }),
        concepts: challengeConcepts({ ...c, skills }),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await db
      .insertInto('talent_challenge_details')
      .values({ challenge_id: id, problem: c.problem, goals: c.goals, criteria: c.criteria })
      .execute()
    for (const name of c.takenBy) {
      const userId = experts.get(name)!
      await db.insertInto('talent_terms').values({ challenge_id: id, user_id: userId, accepted_at: now }).execute()
      await db
        .insertInto('talent_takes')
        .values({
          challenge_id: id,
          user_id: userId,
          proposal: '团队在该方向有多年积累，拟先做失效与工况分析，再给出改进方案并完成验证。',
          timeline: '3 个月',
          price_yuan: Math.round(c.awardYuan * 0.9),
          created_at: now,
          updated_at: now,
        })
        .execute()
    }
    challenges++
  }

  for (const n of DEMO_NEEDS) {
    const e = enterprises.get(n.enterprise)
    if (!e) continue
    const exists = await db
      .selectFrom('talent_needs')
      .select('id')
      .where('enterprise_id', '=', e.id)
      .where('role', '=', n.role)
      .executeTakeFirst()
    if (exists) continue
    const place = await db
      .selectFrom('communities')
      .select(['lng', 'lat'])
      .where('id', '=', e.community_id)
      .executeTakeFirstOrThrow()
    await db
      .insertInto('talent_needs')
      .values({
        enterprise_id: e.id,
        community_id: e.community_id,
        posted_by: liaison,
        role: n.role,
        chain: n.chain,
        skills: cleanSkills(n.skills),
        mode: n.mode,
        place: n.place,
        description: n.description,
        lng: place.lng,
        lat: place.lat,
        created_at: now,
      })
      .execute()
  }

  await seedTeam(ctx, experts)
  await seedIntroduction(ctx, experts)
  return { talentExperts: experts.size, talentChallenges: challenges }
}

/** A formed team of two demo experts (no community: they are from institutions, not a park). */
async function seedTeam(ctx: SeedCtx, experts: Map<string, number>) {
  const { db, now } = ctx
  const name = '压铸模具联合攻关组（示例）'
  if (await db.selectFrom('talent_teams').select('id').where('name', '=', name).executeTakeFirst()) return
  const leader = experts.get('陈立军（示例）')!
  const member = experts.get('王海涛（示例）')!
  const { id } = await db
    .insertInto('talent_teams')
    .values({
      name,
      intro: '模具设计与表面工程联合攻关（示例）。',
      leader_id: leader,
      community_id: null,
      formed_at: now,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await db
    .insertInto('talent_team_members')
    .values(
      [leader, member].map((user_id) => ({
        team_id: id,
        user_id,
        status: 'accepted' as const,
        invited_at: now,
        responded_at: now,
      })),
    )
    .execute()
  await refreshTeamSkills(db, id)
}

/** The demo broker has introduced an expert to the first challenge. */
async function seedIntroduction(ctx: SeedCtx, experts: Map<string, number>) {
  const { db, now } = ctx
  const broker = await demoUserId(db, 'broker')
  const challenge = await db
    .selectFrom('talent_challenges')
    .select(['id', 'community_id', 'enterprise_id'])
    .where('title', '=', DEMO_CHALLENGES[0].title)
    .where('history', '=', false)
    .executeTakeFirst()
  if (!broker || !challenge) return
  await db
    .insertInto('talent_introductions')
    .values({
      broker_id: broker,
      community_id: challenge.community_id,
      challenge_id: challenge.id,
      expert_id: experts.get('吴国平（示例）')!,
      enterprise_id: challenge.enterprise_id,
      note: '吴工长期做轴承寿命试验，可先做一次台架数据复核。',
      created_at: now,
    })
    .onConflict((oc) => oc.columns(['challenge_id', 'expert_id']).doNothing())
    .execute()
}
