import type { SeedCtx } from '../../server/core/feature'
import { bigrams } from '../../server/text/bigrams'
import { addDays, shanghaiDate, shanghaiInstant } from '../../server/time/shanghai'
import { demoUserId } from '../user/seed'
import { createActivity } from './domain/create'

// Activities named in the source texts, placed in the days after the first start.
const GROUPS = [
  ['徒步社', '周末沿九峰山徒步，新手友好'],
  ['脱口秀社', '每月一次开放麦，讲讲工厂里的故事'],
  ['摄影社', '用手机拍工业社区的光影'],
  ['读书会', '每周四晚上，一起读一本书'],
] as const

type Seed = {
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
    title: '青年夜校·短视频剪辑',
    category: 'class',
    day: 2,
    start: '19:00',
    minutes: 90,
    capacity: 30,
    station: 'LF-01',
    audience: 'youth',
    description: '从拍摄到剪辑，手把手教会用手机做短视频。',
    bring: '手机、耳机',
    questions: [{ id: 'level', label: '剪辑基础', required: true, options: ['零基础', '会一点', '熟练'] }],
  },
  {
    title: '亲子研学·走进智能工厂',
    category: 'family',
    day: 5,
    start: '09:30',
    minutes: 150,
    capacity: 20,
    address: '北仑区小港街道纬三路 18 号',
    audience: 'families',
    maxChildren: 2,
    description: '带孩子参观机器人产线，体验小小工程师。每位孩子占一个名额。',
    bring: '孩子的帽子和水杯',
  },
  {
    title: '政策沙龙·青年创业补贴怎么申领',
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
    title: '乡创项目洽接会·青创客面对面（示例场次）',
    category: 'salon',
    day: 5,
    start: '14:00',
    minutes: 150,
    capacity: 60,
    station: 'LF-01',
    description:
      '参照海曙“乡约菁才”乡村创新创业项目洽接会（首届在龙观乡举办，6 个累计投资超 2 亿元的乡创项目当场签约）：青创客带项目与职能部门、企业、金融机构和青创导师面对面对接。',
    questions: [{ id: 'project', label: '项目名称', required: true, options: [] }],
  },
  {
    title: '政策解读沙龙·青年北仑政策 3.0（示例场次）',
    category: 'salon',
    day: 2,
    start: '19:00',
    minutes: 90,
    capacity: 40,
    station: 'LF-01',
    audience: 'youth',
    description: '区委人才办讲解人才贷、人才专用房、青年安居基金和人才子女就学等政策，青创导师现场答疑。',
  },
  {
    title: '九峰山徒步',
    category: 'interest',
    day: 6,
    start: '08:00',
    minutes: 240,
    capacity: 15,
    address: '九峰山景区东门',
    group: '徒步社',
    description: '全程约 10 公里，中途有补给。',
    bring: '运动鞋、雨具、饮用水',
  },
  {
    title: '职工趣味运动会',
    category: 'sports',
    day: 4,
    start: '15:00',
    minutes: 120,
    capacity: 60,
    address: '灵峰社区文体广场',
    audience: 'workers',
    description: '拔河、袋鼠跳、三人两足，企业组队或个人报名都可以。',
  },
]

/** Seeded once (when there are no activities yet); organizer: the demo social worker. */
export async function seedActivities(ctx: SeedCtx) {
  const trx = ctx.db
  const organizerId = await demoUserId(trx, 'social_worker')
  const community = await trx
    .selectFrom('communities')
    .select('id')
    .where('code', '=', 'BL-LINGFENG')
    .executeTakeFirstOrThrow()
  for (const [name, intro] of GROUPS) {
    await trx
      .insertInto('activity_groups')
      .values({ community_id: community.id, name, intro })
      .onConflict((oc) => oc.doNothing())
      .execute()
  }
  const existing = await trx.selectFrom('activities').select('id').limit(1).executeTakeFirst()
  if (existing || !organizerId) return { activities: 0 }
  const today = shanghaiDate(ctx.now)
  for (const a of ACTIVITIES) {
    const [h, m] = a.start.split(':').map(Number)
    const startsAt = shanghaiInstant(addDays(today, a.day), h * 60 + m)
    const endsAt = new Date(startsAt.getTime() + a.minutes * 60_000)
    const station = a.station
      ? await trx.selectFrom('stations').select('id').where('code', '=', a.station).executeTakeFirst()
      : undefined
    const group = a.group
      ? await trx.selectFrom('activity_groups').select('id').where('name', '=', a.group).executeTakeFirst()
      : undefined
    await createActivity(
      ctx,
      {
        community_id: community.id,
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
  }
  return { activities: ACTIVITIES.length }
}
