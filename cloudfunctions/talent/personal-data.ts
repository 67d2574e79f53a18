import { sql } from 'kysely'
import type { PersonalData } from '../../server/core/feature'
import { refreshTeamSkills } from './domain/teams'

/**
 * 人才揭榜: the supply profile, teams, takes, ratings given and received, feedback, introductions,
 * challenges and needs posted for an enterprise, terms accepted.
 */
export const talentPersonalData: PersonalData = {
  tables: [
    'talent_profiles',
    'talent_teams',
    'talent_team_members',
    'talent_challenges',
    'talent_terms',
    'talent_takes',
    'talent_ratings',
    'talent_needs',
    'talent_need_applications',
    'talent_dismissals',
    'talent_introductions',
  ],
  goes: [
    '专家档案（领域、技能、单位、成果、所在地）',
    '揭榜方案的文字',
    '你写下的评价内容',
    '“不感兴趣”的反馈',
    '团队成员身份',
    '对人才需求表达意向时的留言',
  ],
  stays: [
    '揭榜记录、报价与结果（统计不变，不再关联到你）',
    '评分（口碑平均分不变）',
    '已同意的保密条款记录（保密义务不因注销而解除）',
    '你为企业发布的榜单与人才需求',
    '对人才需求的意向与录用记录（统计不变，不再关联到你）',
    '人才经纪人的牵线记录',
  ],
  async export({ db }, userId) {
    const profile = await db.selectFrom('talent_profiles').selectAll().where('user_id', '=', userId).executeTakeFirst()
    const teams = await db
      .selectFrom('talent_team_members as m')
      .innerJoin('talent_teams as t', 't.id', 'm.team_id')
      .select(['t.name', 'm.status', 'm.invited_at', 'm.responded_at'])
      .select(sql<boolean>`t.leader_id = ${userId}`.as('leader'))
      .where('m.user_id', '=', userId)
      .execute()
    const takes = await db
      .selectFrom('talent_takes as k')
      .innerJoin('talent_challenges as c', 'c.id', 'k.challenge_id')
      .select(['c.title', 'k.proposal', 'k.timeline', 'k.price_yuan', 'k.status', 'k.created_at'])
      .where('k.user_id', '=', userId)
      .orderBy('k.id')
      .execute()
    const terms = await db
      .selectFrom('talent_terms as t')
      .innerJoin('talent_challenges as c', 'c.id', 't.challenge_id')
      .select(['c.title', 't.accepted_at'])
      .where('t.user_id', '=', userId)
      .execute()
    const ratings = await db
      .selectFrom('talent_ratings as r')
      .innerJoin('talent_challenges as c', 'c.id', 'r.challenge_id')
      .select(['c.title', 'r.score', 'r.comment', 'r.created_at'])
      .select(sql<string>`case when r.rater_id = ${userId} then '我给出的' else '我收到的' end`.as('direction'))
      .where((eb) => eb.or([eb('r.rater_id', '=', userId), eb('r.ratee_user_id', '=', userId)]))
      .execute()
    const posted = await db
      .selectFrom('talent_challenges')
      .select(['title', 'status', 'created_at'])
      .where('posted_by', '=', userId)
      .execute()
    const needs = await db
      .selectFrom('talent_needs')
      .select(['role', 'status', 'created_at'])
      .where((eb) => eb.or([eb('posted_by', '=', userId), eb('filled_by', '=', userId)]))
      .execute()
    const applications = await db
      .selectFrom('talent_need_applications as a')
      .innerJoin('talent_needs as n', 'n.id', 'a.need_id')
      .innerJoin('enterprises as e', 'e.id', 'n.enterprise_id')
      .select(['e.name as enterprise', 'n.role', 'a.note', 'a.status', 'a.created_at'])
      .where('a.user_id', '=', userId)
      .orderBy('a.id')
      .execute()
    const introductions = await db
      .selectFrom('talent_introductions as i')
      .innerJoin('talent_challenges as c', 'c.id', 'i.challenge_id')
      .select(['c.title', 'i.note', 'i.created_at'])
      .select(sql<string>`case when i.expert_id = ${userId} then '被介绍' else '我牵线' end`.as('role'))
      .where((eb) => eb.or([eb('i.expert_id', '=', userId), eb('i.broker_id', '=', userId)]))
      .execute()
    const dismissals = await db
      .selectFrom('talent_dismissals')
      .select(['side', 'challenge_id', 'need_id', 'reason', 'created_at'])
      .where('by_user', '=', userId)
      .execute()
    return {
      talentProfile: profile ? { ...profile, bigrams: undefined } : null,
      talentTeams: teams,
      talentTakes: takes,
      talentTermsAccepted: terms,
      talentRatings: ratings,
      talentChallengesPosted: posted,
      talentNeeds: needs,
      talentNeedApplications: applications,
      talentIntroductions: introductions,
      talentNotInterested: dismissals,
    }
  },
  async erase({ db }, userId) {
    const teams = await db
      .updateTable('talent_team_members')
      .set({ status: 'left' })
      .where('user_id', '=', userId)
      .where('status', 'in', ['accepted', 'invited'])
      .returning('team_id')
      .execute()
    // Proposals and comments are the person's words; the records, prices and scores keep the counts.
    await db.updateTable('talent_takes').set({ proposal: '' }).where('user_id', '=', userId).execute()
    await db.updateTable('talent_ratings').set({ comment: '' }).where('rater_id', '=', userId).execute()
    await db.updateTable('talent_need_applications').set({ note: '' }).where('user_id', '=', userId).execute()
    await db.deleteFrom('talent_dismissals').where('by_user', '=', userId).execute()
    await db.deleteFrom('talent_dismissals').where('profile_user_id', '=', userId).execute()
    await db.deleteFrom('talent_profiles').where('user_id', '=', userId).execute()
    if (teams.length) await refreshTeamSkills(db, [...new Set(teams.map((t) => t.team_id))])
  },
}
