import { randomBytes } from 'node:crypto'
import type { SeedCtx } from '../../server/core/feature'
import { documentTokens } from '../../server/matching/concepts'
import { addDays, shanghaiDate, shanghaiInstant } from '../../server/time/shanghai'
import { demoUserId } from '../user/seed'
import type { ApplicationStatus, JobKind, JobShiftKind, PayUnit, PostingStatus } from './tables'

// The 零工市场 at 1860青年公社 (澄潭, the texts' 「在1860青年公社设立嵌入式零工市场」) with postings
// from the demo enterprises, and 灵峰精密's postings with applications in every state, so the demo
// liaison, worker, rider and 社工 each find their part. Dates follow the seed's clock; pay and
// headcounts are examples (示例). Idempotent: postings keyed by enterprise and title.

const MARKET = '1860青年公社零工市场（澄潭）'

interface DemoPosting {
  enterprise: string
  title: string
  kind: JobKind
  headcount: number
  payCents: number
  payUnit: PayUnit
  shift: JobShiftKind
  /** null: the enterprise's address near its community. */
  place: string | null
  startIn: number
  certificates?: string[]
  skills?: string[]
  benefits?: string[]
  description: string
  status?: PostingStatus
  /** Gig shifts: [days from the seed day, start minute, length in minutes]. */
  shifts?: [number, number, number][]
}

const POSTINGS: DemoPosting[] = [
  {
    enterprise: '新昌澄潭智能装备有限公司（示例）',
    title: '装配线日结普工',
    kind: 'gig',
    headcount: 8,
    payCents: 22_000,
    payUnit: 'day',
    shift: 'day',
    place: MARKET,
    startIn: 1,
    skills: ['装配'],
    benefits: ['工作餐'],
    description: '智能装备总装线辅助，当天结算（示例）。无需押金。',
    shifts: [
      [1, 8 * 60, 9 * 60],
      [2, 8 * 60, 9 * 60],
    ],
  },
  {
    enterprise: '新昌县轴承配件有限公司（示例）',
    title: '夜班叉车司机（日结）',
    kind: 'gig',
    headcount: 2,
    payCents: 3_200,
    payUnit: 'hour',
    shift: 'night',
    place: MARKET,
    startIn: 1,
    certificates: ['叉车证'],
    skills: ['叉车'],
    description: '仓库装卸，持叉车证（示例）。',
    shifts: [[1, 20 * 60, 8 * 60]],
  },
  {
    enterprise: '新昌澄潭智能装备有限公司（示例）',
    title: '数控车床操作工',
    kind: 'full_time',
    headcount: 5,
    payCents: 650_000,
    payUnit: 'month',
    shift: 'rotating',
    place: null,
    startIn: 7,
    skills: ['数控车床'],
    benefits: ['包吃', '包住', '班车', '五险一金'],
    description: '两班倒，包吃住（示例）。',
  },
  {
    enterprise: '宁波灵峰精密机械有限公司（示例）',
    title: '轴承包装工（日结）',
    kind: 'gig',
    headcount: 3,
    payCents: 2_600,
    payUnit: 'hour',
    shift: 'day',
    place: null,
    startIn: -2,
    skills: ['包装'],
    benefits: ['工作餐'],
    description: '成品轴承包装入库，按小时计薪当日结（示例）。',
    shifts: [
      [-2, 8 * 60, 8 * 60],
      [2, 8 * 60, 8 * 60],
    ],
  },
  {
    enterprise: '宁波灵峰精密机械有限公司（示例）',
    title: '磨床操作工',
    kind: 'full_time',
    headcount: 4,
    payCents: 700_000,
    payUnit: 'month',
    shift: 'day',
    place: null,
    startIn: 10,
    certificates: [],
    skills: ['磨削工艺'],
    benefits: ['五险一金', '班车'],
    description: '精密轴承套圈磨削（示例）。',
  },
  {
    enterprise: '宁波灵峰精密机械有限公司（示例）',
    title: '周末质检兼职',
    kind: 'part_time',
    headcount: 2,
    payCents: 2_800,
    payUnit: 'hour',
    shift: 'flexible',
    place: null,
    startIn: 5,
    skills: ['质量检验'],
    description: '周末抽检（示例），待社工审核。',
    status: 'review',
  },
]

/** Seekers besides the demo worker and rider (示例 names; not demo sign-in accounts). */
const SEEKERS = ['求职者 刘强（示例）', '求职者 黄敏（示例）', '求职者 吴磊（示例）', '求职者 郑丽（示例）']

// Applications to 灵峰精密's postings, one in every state: [posting title, seeker, status].
const APPLICATIONS: [string, string, ApplicationStatus][] = [
  ['磨床操作工', 'worker', 'applied'],
  ['磨床操作工', SEEKERS[0], 'viewed'],
  ['磨床操作工', SEEKERS[1], 'interview'],
  ['磨床操作工', SEEKERS[2], 'rejected'],
  ['磨床操作工', SEEKERS[3], 'withdrawn'],
  ['轴承包装工（日结）', 'rider', 'hired'],
  ['轴承包装工（日结）', SEEKERS[0], 'hired'],
  ['装配线日结普工', 'worker', 'applied'],
]

export async function seedJobs(ctx: SeedCtx): Promise<Record<string, number>> {
  const { db, now } = ctx
  const today = shanghaiDate(now)
  const enterprises = new Map(
    (
      await db
        .selectFrom('enterprises as e')
        .innerJoin('communities as c', 'c.id', 'e.community_id')
        .select(['e.id', 'e.name', 'e.address', 'e.community_id', 'c.lng', 'c.lat'])
        .execute()
    ).map((e) => [e.name, e]),
  )
  const reviewer = await demoUserId(db, 'social_worker')
  const liaison = await demoUserId(db, 'enterprise')
  const postings = new Map<string, { id: number; shiftIds: number[]; kind: JobKind }>()
  for (const [i, p] of POSTINGS.entries()) {
    const e = enterprises.get(p.enterprise)
    if (!e) continue
    const existing = await db
      .selectFrom('job_postings')
      .select(['id', 'kind'])
      .where('enterprise_id', '=', e.id)
      .where('title', '=', p.title)
      .executeTakeFirst()
    let id = existing?.id
    if (!id) {
      const status = p.status ?? 'open'
      id = (
        await db
          .insertInto('job_postings')
          .values({
            enterprise_id: e.id,
            community_id: e.community_id,
            posted_by: p.enterprise.startsWith('宁波灵峰') ? liaison : null,
            title: p.title,
            kind: p.kind,
            headcount: p.headcount,
            pay_cents: p.payCents,
            pay_unit: p.payUnit,
            shift: p.shift,
            place: p.place ?? (e.address || e.name),
            // Spread a few hundred metres around the community's centre.
            lng: e.lng + ((i % 3) - 1) * 0.004,
            lat: e.lat + ((i % 2) - 0.5) * 0.004,
            start_date: addDays(today, p.startIn),
            certificates: p.certificates ?? [],
            skills: p.skills ?? [],
            concepts: documentTokens([p.title, p.description], [...(p.skills ?? []), ...(p.certificates ?? [])]),
            benefits: p.benefits ?? [],
            description: p.description,
            contact_name: '人事 陈女士（示例）',
            contact_phone: '0574-8680 0000',
            status,
            reviewed_by: status === 'open' ? reviewer : null,
            reviewed_at: status === 'open' ? now : null,
            site_secret: randomBytes(16).toString('hex'),
            created_at: now,
            updated_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id
      for (const [day, minute, length] of p.shifts ?? []) {
        const startsAt = shanghaiInstant(addDays(today, day), minute)
        await db
          .insertInto('job_shifts')
          .values({ posting_id: id, starts_at: startsAt, ends_at: new Date(startsAt.getTime() + length * 60_000) })
          .execute()
      }
    }
    const shiftIds = (
      await db.selectFrom('job_shifts').select('id').where('posting_id', '=', id).orderBy('starts_at').execute()
    ).map((s) => s.id)
    postings.set(p.title, { id, shiftIds, kind: p.kind })
  }

  // People: the demo worker and rider keep a job profile; the 示例 seekers too.
  const people = new Map<string, number>()
  for (const role of ['worker', 'rider'] as const) {
    const id = await demoUserId(db, role)
    if (id) people.set(role, id)
  }
  const home = await db.selectFrom('communities').select('id').where('code', '=', 'BL-LINGFENG').executeTakeFirst()
  for (const [i, name] of SEEKERS.entries()) {
    const found = await db.selectFrom('users').select('id').where('display_name', '=', name).executeTakeFirst()
    const id =
      found?.id ??
      (
        await db
          .insertInto('users')
          .values({
            role: 'worker',
            display_name: name,
            phone: `1390000${String(8800 + i)}`,
            community_id: home?.id ?? null,
            onboarded_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id
    people.set(name, id)
  }
  const lingfeng = enterprises.get('宁波灵峰精密机械有限公司（示例）')
  for (const [key, userId] of people) {
    const skills = key === 'rider' ? ['包装', '装卸'] : ['磨削工艺', '数控车床']
    const certificates = key === SEEKERS[1] ? ['叉车证'] : []
    await db
      .insertInto('job_profiles')
      .values({
        user_id: userId,
        skills,
        certificates,
        availability: key === 'rider' ? 'gigs' : 'any',
        phone: '',
        intro: '',
        lng: lingfeng ? lingfeng.lng + 0.01 : null,
        lat: lingfeng ? lingfeng.lat : null,
        concepts: documentTokens([], [...skills, ...certificates]),
        updated_at: now,
      })
      .onConflict((oc) => oc.column('user_id').doNothing())
      .execute()
  }

  // Applications in every state; hires counted on the posting; a past gig shift worked, confirmed and rated.
  for (const [title, who, status] of APPLICATIONS) {
    const p = postings.get(title)
    const userId = people.get(who)
    if (!p || !userId) continue
    const made = await db
      .insertInto('job_applications')
      .values({
        posting_id: p.id,
        user_id: userId,
        status,
        reason: status === 'rejected' ? '暂不需要夜班经验以外的人员（示例）' : '',
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.columns(['posting_id', 'user_id']).doNothing())
      .returning('id')
      .executeTakeFirst()
    if (!made) continue
    if (p.kind === 'gig' && p.shiftIds.length) {
      const past = p.shiftIds[0]
      const shift = await db
        .selectFrom('job_shifts')
        .select(['starts_at', 'ends_at'])
        .where('id', '=', past)
        .executeTakeFirstOrThrow()
      const worked = status === 'hired' && new Date(shift.ends_at) < now
      await db
        .insertInto('job_application_shifts')
        .values(
          p.shiftIds.map((shiftId) => ({
            application_id: made.id,
            shift_id: shiftId,
            checked_in_at:
              worked && shiftId === past ? new Date(new Date(shift.starts_at).getTime() - 5 * 60_000) : null,
            checked_out_at: worked && shiftId === past ? new Date(shift.ends_at) : null,
            confirmed_minutes: worked && shiftId === past ? 480 : null,
          })),
        )
        .execute()
      if (worked && who !== 'rider')
        await db
          .insertInto('job_ratings')
          .values([
            { application_id: made.id, side: 'worker', stars: 5, comment: '当天结清（示例）', created_at: now },
            { application_id: made.id, side: 'enterprise', stars: 5, comment: '准时、认真（示例）', created_at: now },
          ])
          .execute()
    }
    if (status === 'hired')
      await db
        .updateTable('job_postings')
        .set((eb) => ({ hired: eb('hired', '+', 1) }))
        .where('id', '=', p.id)
        .execute()
  }
  await seedShare(ctx, today, reviewer, [people.get(SEEKERS[2]), people.get(SEEKERS[3])])
  const count = async (t: 'job_postings' | 'job_applications') =>
    Number(
      (
        await db
          .selectFrom(t)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  return { jobPostings: await count('job_postings'), jobApplications: await count('job_applications') }
}

/**
 * One 共享员工 match (示例): 港城模具 in its slack season lends 2 workers to 灵峰精密 at its December
 * peak for two weeks, matched by the demo 社工; both enterprises confirmed, both workers consented.
 */
async function seedShare(ctx: SeedCtx, today: string, reviewer: number | null, workers: (number | undefined)[]) {
  const { db, now } = ctx
  const lender = await db
    .selectFrom('enterprises')
    .select(['id', 'community_id'])
    .where('name', '=', '宁波港城模具科技有限公司（示例）')
    .executeTakeFirst()
  const borrower = await db
    .selectFrom('enterprises')
    .select(['id', 'community_id'])
    .where('name', '=', '宁波灵峰精密机械有限公司（示例）')
    .executeTakeFirst()
  if (!lender || !borrower) return
  const exists = await db
    .selectFrom('job_shares')
    .select('id')
    .where('enterprise_id', '=', lender.id)
    .where('side', '=', 'lend')
    .executeTakeFirst()
  if (exists) return
  const start = addDays(today, 3)
  const end = addDays(today, 16)
  const offer = (e: { id: number; community_id: number }, side: 'lend' | 'borrow', note: string) =>
    db
      .insertInto('job_shares')
      .values({
        enterprise_id: e.id,
        community_id: e.community_id,
        side,
        headcount: side === 'lend' ? 3 : 2,
        start_date: start,
        end_date: end,
        skills: ['装配'],
        note,
        status: 'matched',
        created_by: null,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  const lend = await offer(lender, 'lend', '模具淡季，装配工可借出（示例）')
  const borrow = await offer(borrower, 'borrow', '年末订单高峰，需装配工（示例）')
  const match = await db
    .insertInto('job_share_matches')
    .values({
      lend_id: lend.id,
      borrow_id: borrow.id,
      community_id: lender.community_id,
      headcount: 2,
      start_date: start,
      end_date: end,
      matched_by: reviewer,
      lender_confirmed_at: now,
      borrower_confirmed_at: now,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  for (const userId of workers)
    if (userId)
      await db
        .insertInto('job_share_workers')
        .values({ match_id: match.id, user_id: userId, consented_at: now, declined_at: null, created_at: now })
        .execute()
}
