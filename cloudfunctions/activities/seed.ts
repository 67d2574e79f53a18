import type { SeedCtx } from '../../server/core/feature'
import { bigrams } from '../../server/text/bigrams'
import { addDays, shanghaiDate, shanghaiInstant } from '../../server/time/shanghai'
import { createActivity } from './domain/create'

// Activities and interest groups in the communities the source texts name them for, placed in the
// days after the seed's clock (ctx.now). Venues, times and details are examples (示例); an activity
// whose kind the texts do not give for its community says 示例 in its title. 灵峰 keeps a few 示例
// ones so the demo accounts (灵峰) have content.
const GROUPS: [community: string, name: string, intro: string][] = [
  // 004_…txt: 澄潭 “搭建徒步、脱口秀、摄影、读书等十余类兴趣社群”.
  ['XC-CHENGTAN', '徒步社', '周末结伴徒步，新手友好'],
  ['XC-CHENGTAN', '脱口秀社', '每月一次开放麦，讲讲工厂里的故事'],
  ['XC-CHENGTAN', '摄影社', '用手机拍产业社区的光影'],
  ['XC-CHENGTAN', '读书会', '每周四晚上，一起读一本书'],
  ['BL-LINGFENG', '徒步社（示例）', '周末沿九峰山徒步（示例社群）'],
]

type Seed = {
  community: string
  title: string
  category: string
  day: number
  start: string
  minutes: number
  capacity: number
  station?: string
  address?: string
  audience?: string
  approval?: boolean
  maxChildren?: number
  group?: string
  description: string
  bring?: string
  questions?: unknown[]
}

const ACTIVITIES: Seed[] = [
  {
    // 001_…txt: 灵峰 “用活‘午间一小时’组织共富桌球”.
    community: 'BL-LINGFENG',
    title: '午间一小时·共富桌球',
    category: 'noon',
    day: 1,
    start: '12:00',
    minutes: 60,
    capacity: 8,
    station: 'LF-01',
    description: '午休时间来打一局桌球，球杆球桌都有。',
    bring: '工牌',
  },
  {
    community: 'BL-LINGFENG',
    title: '政策沙龙·青年创业补贴怎么申领（示例场次）',
    category: 'salon',
    day: 3,
    start: '14:00',
    minutes: 90,
    capacity: 25,
    station: 'LF-01',
    approval: true,
    description: '区人社局讲解创业担保贷款、一次性创业补贴的条件和材料，现场答疑。',
    questions: [{ id: 'company', label: '企业或项目名称', required: false, options: [] }],
  },
  {
    // 003_…txt: 自贸区青年北仑政策3.0版.
    community: 'BL-LINGFENG',
    title: '政策解读沙龙·青年北仑政策 3.0（示例场次）',
    category: 'salon',
    day: 2,
    start: '19:00',
    minutes: 90,
    capacity: 40,
    station: 'LF-01',
    audience: 'youth',
    description: '区委人才办讲解人才贷、人才专用房、青年安居基金和人才子女就学等政策，现场答疑。',
  },
  {
    community: 'BL-LINGFENG',
    title: '九峰山徒步（示例）',
    category: 'interest',
    day: 6,
    start: '08:00',
    minutes: 240,
    capacity: 15,
    address: '九峰山景区东门（示例集合点）',
    group: '徒步社（示例）',
    description: '全程约 10 公里，中途有补给。',
    bring: '运动鞋、雨具、饮用水',
  },
  {
    // 001_…txt: 岩河社区党群服务中心 “参加青年夜校充个电”.
    community: 'BL-YANHE',
    title: '青年夜校·短视频剪辑',
    category: 'class',
    day: 2,
    start: '19:00',
    minutes: 90,
    capacity: 30,
    address: '岩河社区党群服务中心（示例地址）',
    audience: 'youth',
    description: '从拍摄到剪辑，手把手教会用手机做短视频（课程内容为示例）。',
    bring: '手机、耳机',
    questions: [{ id: 'level', label: '剪辑基础', required: true, options: ['零基础', '会一点', '熟练'] }],
  },
  {
    // 004_…txt: 澄潭 “面向双职工家庭开设周末兴趣课堂、亲子研学、暑期托管服务”.
    community: 'XC-CHENGTAN',
    title: '亲子研学·走进智能工厂',
    category: 'family',
    day: 5,
    start: '09:30',
    minutes: 150,
    capacity: 20,
    address: '澄潭智能装备产业社区（示例场地）',
    audience: 'families',
    maxChildren: 2,
    description: '带孩子参观智能装备产线，体验小小工程师（路线为示例）。每位孩子占一个名额。',
    bring: '孩子的帽子和水杯',
  },
  {
    // 004_…txt: 澄潭 “常态化开展‘益企澄长’青年联谊、职工篮球赛、趣味运动会等文体活动”.
    community: 'XC-CHENGTAN',
    title: '职工趣味运动会',
    category: 'sports',
    day: 4,
    start: '15:00',
    minutes: 120,
    capacity: 60,
    address: '龙头企业开放运动场馆（示例场地）',
    audience: 'workers',
    description: '拔河、袋鼠跳、三人两足，企业组队或个人报名都可以（项目为示例）。',
  },
  {
    community: 'XC-CHENGTAN',
    title: '“益企澄长”青年联谊',
    category: 'interest',
    day: 7,
    start: '18:30',
    minutes: 120,
    capacity: 40,
    address: '澄潭智能装备产业社区党群服务中心（示例地址）',
    audience: 'youth',
    description: '园区青年职工交友联谊，游戏和茶歇（流程为示例）。',
  },
  {
    community: 'XC-CHENGTAN',
    title: '徒步社·周末徒步（示例路线）',
    category: 'interest',
    day: 6,
    start: '08:00',
    minutes: 180,
    capacity: 15,
    address: '澄潭江绿道（示例集合点）',
    group: '徒步社',
    description: '全程约 8 公里，新手友好。',
    bring: '运动鞋、饮用水',
  },
  {
    // 000_…txt: 海曙 “乡约菁才·遇见海曙”首届乡村创新创业项目洽接会 (在龙观乡举办).
    community: 'HS-XIANGCHUANG',
    title: '乡创项目洽接会·青创客面对面（示例场次）',
    category: 'salon',
    day: 5,
    start: '14:00',
    minutes: 150,
    capacity: 60,
    address: '海曙区龙观乡（示例场地）',
    description:
      '参照海曙“乡约菁才”乡村创新创业项目洽接会（首届在龙观乡举办，6 个累计投资超 2 亿元的乡创项目当场签约）：青创客带项目与职能部门、企业、金融机构和青创导师面对面对接。',
    questions: [{ id: 'project', label: '项目名称', required: true, options: [] }],
  },
]

/** The organizer of a community's seeded activities: its first demo 社工 (灵峰: the demo account). */
async function organizerOf(db: SeedCtx['db'], communityId: number) {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('demo', '=', true)
    .where('role', '=', 'social_worker')
    .where('community_id', '=', communityId)
    .orderBy('id')
    .executeTakeFirst()
  return row?.id ?? null
}

/** Seeded once (when there are no activities yet); organizer: the demo social worker. */
export async function seedActivities(ctx: SeedCtx) {
  const trx = ctx.db
  const communities = new Map(
    (await trx.selectFrom('communities').select(['id', 'code']).execute()).map((c) => [c.code, c.id]),
  )
  for (const [code, name, intro] of GROUPS) {
    const communityId = communities.get(code)
    if (!communityId) continue
    await trx
      .insertInto('activity_groups')
      .values({ community_id: communityId, name, intro })
      .onConflict((oc) => oc.doNothing())
      .execute()
  }
  const existing = await trx.selectFrom('activities').select('id').limit(1).executeTakeFirst()
  if (existing) return { activities: 0 }
  const today = shanghaiDate(ctx.now)
  let created = 0
  for (const a of ACTIVITIES) {
    const communityId = communities.get(a.community)
    const organizerId = communityId ? await organizerOf(trx, communityId) : null
    if (!communityId || !organizerId) continue
    const [h, m] = a.start.split(':').map(Number)
    const startsAt = shanghaiInstant(addDays(today, a.day), h * 60 + m)
    const endsAt = new Date(startsAt.getTime() + a.minutes * 60_000)
    const station = a.station
      ? await trx.selectFrom('stations').select('id').where('code', '=', a.station).executeTakeFirst()
      : undefined
    const group = a.group
      ? await trx
          .selectFrom('activity_groups')
          .select('id')
          .where('community_id', '=', communityId)
          .where('name', '=', a.group)
          .executeTakeFirst()
      : undefined
    await createActivity(
      ctx,
      {
        community_id: communityId,
        organizer_id: organizerId,
        group_id: group?.id ?? null,
        title: a.title,
        category: a.category,
        description: a.description,
        starts_at: startsAt,
        ends_at: endsAt,
        station_id: station?.id ?? null,
        address: a.address ?? '',
        audience: a.audience ?? 'all',
        approval_required: a.approval ?? false,
        confirm_hours: null,
        registration_opens_at: shanghaiInstant(today),
        registration_closes_at: new Date(startsAt.getTime() - 3600_000),
        what_to_bring: a.bring ?? '',
        questions: JSON.stringify(a.questions ?? []),
        max_children: a.maxChildren ?? 0,
        bigrams: bigrams(`${a.title} ${a.description}`),
      },
      a.capacity,
    )
    created++
  }
  return { activities: created }
}
