import type { SeedCtx } from '../../server/core/feature'
import { bigrams } from '../../server/text/bigrams'
import { demoUserId } from '../user/seed'
import { seedHistory } from './seed-history'
import { seedVisits } from './seed-visits'

// The three lists' demo content. Resources are what the source texts say each community offers
// (BRIEF.md, context/); wishes are examples (示例). Street offices: each community's street.

const RESOURCES: {
  community: string | null
  kind: string
  title: string
  provider: string
  place: string
  capacity?: number
  description: string
}[] = [
  // 澄潭 (新昌): 龙头企业开放空间, 维修志愿队, 共享单车, 零工市场, 共享实验室, 托管
  {
    community: 'XC-CHENGTAN',
    kind: 'meeting_room',
    title: '龙头企业开放会议室',
    provider: '园区龙头企业',
    place: '澄潭智能装备产业社区',
    capacity: 40,
    description: '多家龙头企业主动开放会议室，供园区企业洽谈、培训使用。',
  },
  {
    community: 'XC-CHENGTAN',
    kind: 'sports',
    title: '企业运动场馆开放',
    provider: '园区龙头企业',
    place: '澄潭智能装备产业社区',
    capacity: 60,
    description: '龙头企业开放运动场馆，职工篮球赛、趣味运动会可借用。',
  },
  {
    community: 'XC-CHENGTAN',
    kind: 'other',
    title: '企业图书室开放',
    provider: '园区龙头企业',
    place: '澄潭智能装备产业社区',
    capacity: 30,
    description: '龙头企业开放图书室，职工可借阅。',
  },
  {
    community: 'XC-CHENGTAN',
    kind: 'repair',
    title: '水电家电维修邻里互助志愿队',
    provider: '职工维修能人志愿队',
    place: '澄潭智能装备产业社区',
    description: '职工中的水电、家电维修能人自发组建的邻里互助志愿队。',
  },
  {
    community: 'XC-CHENGTAN',
    kind: 'bike',
    title: '共享单车停放点（10 处）',
    provider: '产业社区联动相关单位',
    place: '园区主要道路与住宅小区',
    capacity: 10,
    description: '针对职工通勤痛点增设 10 处共享单车停放点。',
  },
  {
    community: 'XC-CHENGTAN',
    kind: 'hiring',
    title: '1860青年公社零工市场专场招聘会',
    provider: '1860青年公社',
    place: '1860青年公社',
    capacity: 200,
    description: '嵌入式零工市场，每周开设专场招聘会，企业用工与灵活就业双向匹配。',
  },
  {
    community: 'XC-CHENGTAN',
    kind: 'lab',
    title: '共享实验室轴承检测',
    provider: '国家中小型轴承质量检测中心（联建）',
    place: '澄潭智能装备产业社区',
    description: '非营利共享实验室，20 大类、上百项质检服务，检测费用较市场价降低 40% 以上。',
  },
  {
    community: 'XC-CHENGTAN',
    kind: 'childcare',
    title: '周末兴趣课堂与暑期托管',
    provider: '澄潭智能装备产业社区',
    place: '党群服务中心',
    capacity: 50,
    description: '面向双职工家庭开设周末兴趣课堂、亲子研学、暑期托管服务。',
  },
  // 灵峰: 12 个全链共享项目中的绿电享、红链贷、共享员工；午间一小时
  {
    community: 'BL-LINGFENG',
    kind: 'finance',
    title: '绿电享组团购电',
    provider: '灵峰工业社区党委',
    place: '灵峰工业社区',
    description: '链上中小企业“组团购电”，光伏电费下降 13.3%。',
  },
  {
    community: 'BL-LINGFENG',
    kind: 'finance',
    title: '红链贷',
    provider: '灵峰工业社区党委',
    place: '灵峰工业社区',
    description: '全链共享项目之一，为链上企业提供融资贷款对接。',
  },
  {
    community: 'BL-LINGFENG',
    kind: 'hiring',
    title: '共享员工',
    provider: '灵峰工业社区党委',
    place: '灵峰工业社区',
    description: '全链共享项目之一，企业间调剂用工。',
  },
  {
    community: 'BL-LINGFENG',
    kind: 'sports',
    title: '午间一小时·共富桌球',
    provider: '灵峰工业社区党群服务中心',
    place: '星源桌球',
    capacity: 8,
    description: '午休一小时的共富桌球、工厂集市。',
  },
  {
    community: 'BL-LINGFENG',
    kind: 'lab',
    title: '高端模具工程技术中心联合攻关',
    provider: '高端模具工程技术中心党支部',
    place: '灵峰工业社区',
    description: '与模具企业共建，联合攻克模具用材、设计、检测等问题。',
  },
  // 横河: 15 分钟服务圈
  {
    community: 'BL-HENGHE',
    kind: 'hiring',
    title: '用工平台',
    provider: '横河工业社区',
    place: '15分钟服务圈',
    description: '整合用工平台，职工不出园区即可求职。',
  },
  {
    community: 'BL-HENGHE',
    kind: 'training',
    title: '技能培训',
    provider: '横河工业社区',
    place: '15分钟服务圈',
    capacity: 50,
    description: '职工技能培训，不出园区即可参加。',
  },
  {
    community: 'BL-HENGHE',
    kind: 'childcare',
    title: '子女托育',
    provider: '横河工业社区',
    place: '15分钟服务圈',
    capacity: 30,
    description: '职工子女托育服务。',
  },
  {
    community: 'BL-HENGHE',
    kind: 'medical',
    title: '医疗服务',
    provider: '横河工业社区',
    place: '15分钟服务圈',
    description: '园区内的医疗服务，职工就近看病。',
  },
  // Shared across communities: 中科院宁波材料所的免费专利清单
  {
    community: null,
    kind: 'patent',
    title: '中科院宁波材料所免费专利清单',
    provider: '中科院宁波材料所',
    place: '宁波',
    description: '推出 100 余项免费专利，企业可从清单中勾选，技术共享提升生产力。',
  },
]

const WISHES: { community: string; role: 'worker' | 'rider'; category: string; title: string; description: string }[] =
  [
    {
      community: 'BL-LINGFENG',
      role: 'worker',
      category: 'commute',
      title: '下班通勤希望多一个共享单车点（示例）',
      description: '厂区到公交站有一段路，晚班下班不方便。',
    },
    {
      community: 'BL-LINGFENG',
      role: 'worker',
      category: 'schooling',
      title: '暑假孩子托管（示例）',
      description: '双职工家庭，暑假孩子没人看，希望社区有暑期托管。',
    },
    {
      community: 'BL-LINGFENG',
      role: 'rider',
      category: 'leisure',
      title: '午休时想打打球（示例）',
      description: '希望午休一小时有个运动的地方。',
    },
    {
      community: 'BL-LINGFENG',
      role: 'rider',
      category: 'medical',
      title: '希望有义诊体检（示例）',
      description: '骑手常年在外，希望社区组织免费体检。',
    },
  ]

export async function seedDemands(ctx: SeedCtx) {
  const { db } = ctx
  const communities = new Map(
    (await db.selectFrom('communities').select(['id', 'code', 'street']).execute()).map((c) => [c.code, c]),
  )
  // Street offices (街道) get their communities' overdue demands.
  const streets = await db.selectFrom('departments').select(['id', 'name']).where('kind', '=', 'street').execute()
  for (const c of communities.values()) {
    const office = streets.find((s) => s.name === `${c.street}办事处`)
    if (!office) continue
    await db
      .insertInto('demand_street_offices')
      .values({ community_id: c.id, department_id: office.id })
      .onConflict((oc) => oc.column('community_id').doNothing())
      .execute()
  }
  const hasResources = await db.selectFrom('demand_resources').select('id').limit(1).executeTakeFirst()
  if (!hasResources) {
    await db
      .insertInto('demand_resources')
      .values(
        RESOURCES.map((r) => ({
          community_id: r.community ? (communities.get(r.community)?.id ?? null) : null,
          kind: r.kind as never,
          title: r.title,
          description: r.description,
          provider: r.provider,
          place: r.place,
          capacity: r.capacity ?? null,
          terms: bigrams(`${r.title} ${r.description} ${r.provider}`),
          created_at: ctx.now,
        })),
      )
      .execute()
  }
  const hasWishes = await db.selectFrom('wishes').select('id').limit(1).executeTakeFirst()
  let wishes = 0
  if (!hasWishes) {
    for (const w of WISHES) {
      const userId = await demoUserId(db, w.role)
      const community = communities.get(w.community)
      if (!userId || !community) continue
      await db
        .insertInto('wishes')
        .values({
          community_id: community.id,
          user_id: userId,
          category: w.category as never,
          title: w.title,
          description: w.description,
          terms: bigrams(`${w.title} ${w.description}`),
          created_at: ctx.now,
        })
        .execute()
      wishes++
    }
  }
  return { demandResources: RESOURCES.length, wishes, ...(await seedHistory(ctx)), ...(await seedVisits(ctx)) }
}
