import { sql } from 'kysely'
import { SUGGESTED_SKILLS, type IndustryChain } from '../../contract/talent-vocabulary'
import type { SeedCtx } from '../../server/core/feature'
import { bigrams } from '../../server/text/bigrams'
import { challengeConcepts, profileConcepts } from './domain/concepts'
import { addDays, shanghaiDate, shanghaiInstant } from '../../server/time/shanghai'
import { createActivity } from '../activities/public'
import { exampleCreditCode } from '../community/seed-accounts'
import { refreshTeamSkills } from './domain/teams'
import { DEMO_TERMS } from './seed-data'

// The demo's history (示例, marked `history`) over the year before the seed's clock (ctx.now), so the
// statistics page counts records rather than typed-in totals:
// - 北仑 “揭榜挂帅”: 各工业社区组建联合攻关团队 52 个; “人才经纪人”: 累计举办技术论证会 35 场 (000_…txt).
// - 新昌 低空经济: 双聘博士以上高层次人才 8 人, 校企联合创新团队 5 个, 技术攻关项目 11 个 (004_…txt).
// - Challenges solved and overseas engineers introduced are example counts (示例). The texts' 600余
//   overseas engineers and 255 key problems are 2021 figures of 宁波高端装备海外工程师协同创新中心
//   (003_…txt, “过去一年”), not challenges of this board: the stats page quotes them with their year.
// Every person, enterprise and challenge here is invented.
// History people are marked 暂不接单 (busy): they fill the statistics, not today's recommendations.

const BEILUN = ['BL-LINGFENG', 'BL-DAGANG', 'BL-QINGZHI', 'BL-JINCHUANG', 'BL-XIEBEI', 'BL-WULIU']
const TEAMS = [14, 9, 8, 8, 7, 6] // 52
const SOLVED = [24, 14, 12, 11, 10, 9] // 示例
const REVIEWS = [10, 6, 6, 5, 4, 4] // 35, among the solved
const IN_PROGRESS = [3, 2, 2, 2, 2, 1]
const OVERSEAS = 90 // 示例
const XINCHANG = { teams: 5, solved: 8, inProgress: 3, dual: 8 } // 11 projects taken by the 5 teams

const BEILUN_CHAINS: IndustryChain[] = ['nev', 'mould', 'robotics', 'materials', 'petrochem', 'ic']
const PROBLEMS: Partial<Record<IndustryChain, string[]>> = {
  nev: [
    '一体化压铸件尺寸稳定性提升',
    '电驱壳体轻量化设计',
    '电池包热失控防护',
    '车身结构件焊接变形控制',
    '电机定子散热优化',
  ],
  mould: ['压铸模具热裂纹控制', '模具型腔表面强化', '大型模具快速修复', '注塑件翘曲变形控制', '冲压模具寿命提升'],
  robotics: [
    '数控机床主轴热变形补偿',
    '焊接机器人轨迹自动生成',
    '视觉检测误判率降低',
    '伺服系统振动抑制',
    '产线设备联网改造',
  ],
  materials: ['高强铝合金铸造缺陷控制', '涂层附着力提升', '粉末冶金件致密度提升'],
  petrochem: ['精馏装置节能改造', '催化剂寿命延长', '工艺安全风险评估'],
  ic: ['功率模块焊层可靠性', '芯片封装翘曲控制', '失效分析方法建立'],
  low_altitude: ['无人机复合材料机臂减重', '双目避障算法改进', '电推进单元散热优化', '飞控抗风扰控制'],
}

const COUNTRIES: [country: string, given: string[], family: string[], familyFirst?: boolean][] = [
  [
    '德国',
    ['Hans', 'Klaus', 'Stefan', 'Markus', 'Jürgen', 'Thomas', 'Andreas', 'Michael'],
    ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Wagner', 'Hoffmann'],
  ],
  [
    '意大利',
    ['Marco', 'Luca', 'Giuseppe', 'Andrea', 'Paolo', 'Matteo', 'Stefano', 'Roberto'],
    ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci'],
  ],
  [
    '日本',
    ['健一', '浩二', '直树', '大辅', '隆', '诚', '聪', '亮'],
    ['佐藤', '铃木', '高桥', '田中', '渡边', '伊藤', '山本', '中村'],
    true,
  ],
  [
    '韩国',
    ['Min-jun', 'Seo-jun', 'Do-yun', 'Ji-ho', 'Hyun-woo', 'Sung-min', 'Jae-won', 'Dong-hyun'],
    ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon'],
  ],
  [
    '乌克兰',
    ['Oleksandr', 'Dmytro', 'Andriy', 'Serhiy', 'Mykola', 'Ivan', 'Yuriy', 'Taras'],
    ['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Oliynyk', 'Melnyk', 'Boyko'],
  ],
  [
    '法国',
    ['Pierre', 'Jean', 'Nicolas', 'Julien', 'Antoine', 'Olivier', 'Laurent', 'Philippe'],
    ['Martin', 'Bernard', 'Dubois', 'Durand', 'Leroy', 'Moreau', 'Laurent', 'Girard'],
  ],
  [
    '英国',
    ['James', 'Oliver', 'George', 'Harry', 'Jack', 'William', 'Daniel', 'David'],
    ['Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Evans', 'Walker', 'Wright'],
  ],
  [
    '西班牙',
    ['Carlos', 'Javier', 'Miguel', 'Alejandro', 'Pablo', 'Sergio', 'Diego', 'Raúl'],
    ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Ruiz'],
  ],
  [
    '希腊',
    ['Nikos', 'Giorgos', 'Kostas', 'Dimitris', 'Yannis', 'Panagiotis', 'Christos', 'Vasilis'],
    ['Papadopoulos', 'Georgiou', 'Nikolaou', 'Ioannou', 'Karagiannis', 'Pappas', 'Vlachos', 'Antoniou'],
  ],
  [
    '瑞士',
    ['Lukas', 'Simon', 'Reto', 'Beat', 'Urs', 'Marco', 'Daniel', 'Patrick'],
    ['Meier', 'Keller', 'Huber', 'Frei', 'Brunner', 'Baumann', 'Gerber', 'Zimmermann'],
  ],
]
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严戴孔汤'
const GIVEN = [
  '伟',
  '建华',
  '志强',
  '海涛',
  '国平',
  '立新',
  '晓东',
  '明',
  '俊',
  '磊',
  '杰',
  '丽',
  '静',
  '宏',
  '斌',
  '军',
  '波',
  '敏',
  '涛',
  '峰',
]

export const overseasName = (i: number) => {
  const [country, given, family, familyFirst] = COUNTRIES[i % COUNTRIES.length]
  const g = given[Math.floor(i / COUNTRIES.length) % given.length]
  const f = family[Math.floor(i / (COUNTRIES.length * given.length)) % family.length]
  return `${familyFirst ? `${f}${g}` : `${g} ${f}`}（${country}，示例）`
}
const chineseName = (i: number) => `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}（示例）`
const skillsOf = (chain: IndustryChain, i: number) => {
  const pool = SUGGESTED_SKILLS[chain]
  return [
    pool[i % pool.length],
    pool[(i + 2) % pool.length],
    SUGGESTED_SKILLS.common[i % SUGGESTED_SKILLS.common.length],
  ]
}

interface Person {
  name: string
  chain: IndustryChain
  overseas: boolean
  dual?: boolean
  field: string
}

export async function seedTalentHistory(ctx: SeedCtx): Promise<Record<string, number>> {
  const { db, now } = ctx
  if (await db.selectFrom('talent_challenges').select('id').where('history', '=', true).limit(1).executeTakeFirst())
    return {}
  const communities = new Map(
    (await db.selectFrom('communities').select(['id', 'code', 'name', 'lng', 'lat']).execute()).map((c) => [c.code, c]),
  )
  if (!BEILUN.every((c) => communities.has(c)) || !communities.has('XC-CHENGTAN')) return {}
  const today = shanghaiDate(now)
  const daysAgo = (n: number) => shanghaiInstant(addDays(today, -n), 10 * 60)

  // People: overseas engineers, Beilun's team members, Xinchang's 双聘 PhDs and their team members.
  const insertPeople = async (people: Person[]) => {
    const ids: number[] = []
    for (let at = 0; at < people.length; at += 500) {
      const batch = people.slice(at, at + 500)
      const users = await db
        .insertInto('users')
        .values(batch.map((p) => ({ role: 'expert' as const, display_name: p.name, onboarded_at: now })))
        .returning('id')
        .execute()
      await db
        .insertInto('user_roles')
        .values(users.map((u) => ({ user_id: u.id, role: 'expert' as const, granted_at: now })))
        .execute()
      await db
        .insertInto('talent_profiles')
        .values(
          users.map((u, i) => {
            const p = batch[i]
            const skills = skillsOf(p.chain, at + i)
            return {
              user_id: u.id,
              field: p.field,
              skills,
              chains: [p.chain],
              availability: 'busy' as const,
              dual_appointment: p.dual ?? false,
              languages: p.overseas ? ['英语'] : ['中文'],
              overseas: p.overseas,
              place: p.overseas ? 'overseas' : p.chain === 'low_altitude' ? 'xinchang' : 'ningbo',
              lng: p.overseas ? null : p.chain === 'low_altitude' ? 120.904 : 121.55,
              lat: p.overseas ? null : p.chain === 'low_altitude' ? 29.499 : 29.874,
              bigrams: bigrams([p.name, p.field, ...skills].join(' ')),
              concepts: profileConcepts({ field: p.field, skills }),
              history: true,
              created_at: now,
              updated_at: now,
            }
          }),
        )
        .execute()
      ids.push(...users.map((u) => u.id))
    }
    return ids
  }
  const overseas = await insertPeople(
    Array.from({ length: OVERSEAS }, (_, i) => {
      const chain = BEILUN_CHAINS[i % BEILUN_CHAINS.length]
      return { name: overseasName(i), chain, overseas: true, field: '海外工程师' }
    }),
  )
  const beilunMembers = await insertPeople(
    Array.from({ length: 52 * 3 }, (_, i) => ({
      name: chineseName(i),
      chain: BEILUN_CHAINS[Math.floor(i / 3) % BEILUN_CHAINS.length],
      overseas: false,
      field: '企业技术骨干',
    })),
  )
  const dualPhds = await insertPeople(
    Array.from({ length: XINCHANG.dual }, (_, i) => ({
      name: chineseName(200 + i),
      chain: 'low_altitude' as const,
      overseas: false,
      dual: true,
      field: '双聘博士',
    })),
  )
  const xinchangMembers = await insertPeople(
    Array.from({ length: XINCHANG.teams * 2 }, (_, i) => ({
      name: chineseName(300 + i),
      chain: 'low_altitude' as const,
      overseas: false,
      field: '企业研发工程师',
    })),
  )

  // Example enterprises of the history, three per community.
  const enterprisesOf = new Map<string, number[]>()
  const codes = [...BEILUN, 'XC-CHENGTAN']
  for (const [ci, code] of codes.entries()) {
    const c = communities.get(code)!
    const ids: number[] = []
    for (let n = 1; n <= 3; n++) {
      const region = code === 'XC-CHENGTAN' ? '330624' : '330206'
      const credit = exampleCreditCode(`91${region}MA2T${String(ci).padStart(2, '0')}${String(n).padStart(2, '0')}`)
      const row = await db
        .insertInto('enterprises')
        .values({
          name: `${c.name.replace(/工业社区|智能装备产业社区/, '')}历史示例企业${n}（示例）`,
          credit_code: credit,
          community_id: c.id,
          industry: code === 'XC-CHENGTAN' ? '低空经济' : '',
          verified_at: now,
        })
        .onConflict((oc) => oc.column('credit_code').doUpdateSet({ verified_at: now }))
        .returning('id')
        .executeTakeFirstOrThrow()
      ids.push(row.id)
    }
    enterprisesOf.set(code, ids)
  }

  const chengtanId = communities.get('XC-CHENGTAN')!.id
  // Challenges: solved and in progress, each awarded (Beilun: to an overseas engineer; Xinchang: to a team).
  type Planned = { code: string; chain: IndustryChain; status: 'solved' | 'awarded'; review: boolean; age: number }
  const planned: Planned[] = []
  BEILUN.forEach((code, ci) => {
    for (let i = 0; i < SOLVED[ci] + IN_PROGRESS[ci]; i++) {
      const solved = i < SOLVED[ci]
      planned.push({
        code,
        chain: BEILUN_CHAINS[(ci + i) % BEILUN_CHAINS.length],
        status: solved ? 'solved' : 'awarded',
        review: solved && i < REVIEWS[ci],
        age: 30 + ((i * 11) % 320),
      })
    }
  })
  for (let i = 0; i < XINCHANG.solved + XINCHANG.inProgress; i++) {
    planned.push({
      code: 'XC-CHENGTAN',
      chain: 'low_altitude',
      status: i < XINCHANG.solved ? 'solved' : 'awarded',
      review: false,
      age: 40 + i * 25,
    })
  }
  const challengeIds: number[] = []
  for (let at = 0; at < planned.length; at += 200) {
    const batch = planned.slice(at, at + 200)
    const rows = await db
      .insertInto('talent_challenges')
      .values(
        batch.map((p, i) => {
          const c = communities.get(p.code)!
          const problems = PROBLEMS[p.chain]!
          const title = `${problems[(at + i) % problems.length]}（历史示例）`
          const skills = skillsOf(p.chain, at + i).slice(0, 2)
          const summary = '历史榜单（示例），已揭榜攻关。'
          const posted = daysAgo(p.age + 60)
          return {
            enterprise_id: enterprisesOf.get(p.code)![(at + i) % 3],
            community_id: c.id,
            title,
            summary,
            chain: p.chain,
            skills,
            award_kind: 'award' as const,
            award_yuan: 50_000 + ((at + i) % 10) * 20_000,
            deadline: addDays(today, -(p.age + 30)),
            terms: DEMO_TERMS,
            status: p.status,
            lng: c.lng,
            lat: c.lat,
            solved_at: p.status === 'solved' ? daysAgo(p.age) : null,
            bigrams: bigrams([title, summary, ...skills].join(' ')),
            concepts: challengeConcepts({ title, summary, skills }),
            history: true,
            created_at: posted,
            updated_at: posted,
          }
        }),
      )
      .returning('id')
      .execute()
    challengeIds.push(...rows.map((r) => r.id))
  }
  await db
    .insertInto('talent_challenge_details')
    .values(
      challengeIds.map((id) => ({
        challenge_id: id,
        problem: '历史示例详情。',
        goals: '历史示例目标。',
        criteria: '历史示例验收标准。',
      })),
    )
    .execute()

  // Teams: 52 in Beilun (three technical backbones each), 5 in Xinchang (a 双聘 PhD and two engineers).
  const teamPlans: { name: string; communityId: number; members: number[]; age: number }[] = []
  let t = 0
  for (const [ci, code] of BEILUN.entries()) {
    for (let i = 0; i < TEAMS[ci]; i++, t++) {
      const members = beilunMembers.slice(t * 3, t * 3 + 3)
      teamPlans.push({
        name: `联合攻关团队${t + 1}（示例）`,
        communityId: communities.get(code)!.id,
        members,
        age: 20 + t * 6,
      })
    }
  }
  for (let i = 0; i < XINCHANG.teams; i++) {
    const members = [dualPhds[i], xinchangMembers[i * 2], xinchangMembers[i * 2 + 1]]
    teamPlans.push({ name: `校企联合创新团队${i + 1}（示例）`, communityId: chengtanId, members, age: 60 + i * 30 })
  }
  const teamIds = (
    await db
      .insertInto('talent_teams')
      .values(
        teamPlans.map((p) => ({
          name: p.name,
          leader_id: p.members[0],
          community_id: p.communityId,
          formed_at: daysAgo(p.age),
          history: true,
          created_at: daysAgo(p.age + 3),
        })),
      )
      .returning('id')
      .execute()
  ).map((r) => r.id)
  await db
    .insertInto('talent_team_members')
    .values(
      teamPlans.flatMap((p, i) =>
        p.members.map((user_id) => ({
          team_id: teamIds[i],
          user_id,
          status: 'accepted' as const,
          invited_at: daysAgo(p.age + 3),
          responded_at: daysAgo(p.age),
        })),
      ),
    )
    .execute()
  await refreshTeamSkills(db, teamIds)
  const xinchangTeams = teamPlans
    .map((p, i) => ({ id: teamIds[i], leader: p.members[0], communityId: p.communityId }))
    .filter((x) => x.communityId === chengtanId)

  // Takes: each history challenge awarded.
  const takes = planned.map((p, i) => {
    const team = p.code === 'XC-CHENGTAN' ? xinchangTeams[i % XINCHANG.teams] : null
    return {
      challenge_id: challengeIds[i],
      user_id: team ? team.leader : overseas[i % OVERSEAS],
      team_id: team?.id ?? null,
      proposal: '历史揭榜方案（示例）。',
      timeline: '3 个月',
      price_yuan: 50_000,
      status: 'awarded' as const,
      created_at: daysAgo(p.age + 40),
      updated_at: daysAgo(p.age + 20),
    }
  })
  await db.insertInto('talent_takes').values(takes).execute()
  await sql`update talent_challenges c set awarded_take_id = t.id from talent_takes t
    where t.challenge_id = c.id and c.history and t.status = 'awarded'`.execute(db)

  // 对接: every overseas engineer introduced to an enterprise of a Beilun challenge.
  const beilunPlanned = planned.filter((p) => p.code !== 'XC-CHENGTAN').length
  await db
    .insertInto('talent_introductions')
    .values(
      overseas.map((expertId, i) => {
        const k = i % beilunPlanned
        return {
          broker_id: null,
          community_id: communities.get(planned[k].code)!.id,
          challenge_id: challengeIds[k],
          expert_id: expertId,
          enterprise_id: enterprisesOf.get(planned[k].code)![k % 3],
          note: '历史对接（示例）。',
          history: true,
          created_at: daysAgo(planned[k].age + 50),
        }
      }),
    )
    .execute()

  // 技术论证会: past activities of category 技术论证会, linked to their challenges.
  const organizer = await db
    .selectFrom('users')
    .select('id')
    .where('demo', '=', true)
    .where('role', '=', 'social_worker')
    .orderBy('id')
    .executeTakeFirst()
  let reviews = 0
  if (organizer) {
    for (const [i, p] of planned.entries()) {
      if (!p.review) continue
      const starts = daysAgo(p.age + 30)
      const title = `技术论证会：${PROBLEMS[p.chain]![i % PROBLEMS[p.chain]!.length]}`.slice(0, 40)
      const activityId = await createActivity(
        ctx,
        {
          community_id: communities.get(p.code)!.id,
          organizer_id: organizer.id,
          title,
          category: 'tech',
          description: '“人才经纪人”牵线高校科研院所专家与链上企业的技术论证会（历史示例）。',
          starts_at: starts,
          ends_at: new Date(starts.getTime() + 2 * 3600_000),
          address: `${communities.get(p.code)!.name}党群服务中心`,
          audience: 'enterprises',
          registration_opens_at: starts,
          registration_closes_at: starts,
          questions: '[]',
          bigrams: bigrams(title),
          created_at: starts,
        },
        10,
      )
      await db
        .updateTable('talent_challenges')
        .set({ review_activity_id: activityId })
        .where('id', '=', challengeIds[i])
        .execute()
      reviews++
    }
  }

  // 双聘: eight talent needs of Xinchang's enterprises filled by the PhDs.
  const chengtan = communities.get('XC-CHENGTAN')!
  await db
    .insertInto('talent_needs')
    .values(
      dualPhds.map((userId, i) => ({
        enterprise_id: enterprisesOf.get('XC-CHENGTAN')![i % 3],
        community_id: chengtan.id,
        role: ['飞控算法研究员', '复合材料结构研究员', '电推进研究员', '适航与质量研究员'][i % 4],
        chain: 'low_altitude',
        skills: skillsOf('low_altitude', i).slice(0, 2),
        mode: 'dual' as const,
        place: '新昌',
        description: '编制在高校院所、全职在企业科研（历史示例）。',
        status: 'filled' as const,
        filled_by: userId,
        lng: chengtan.lng,
        lat: chengtan.lat,
        history: true,
        created_at: daysAgo(200 + i * 10),
      })),
    )
    .execute()

  return {
    talentHistoryChallenges: challengeIds.length,
    talentHistoryTeams: teamIds.length,
    talentHistoryReviews: reviews,
  }
}
