import type { SeedCtx } from '../../server/core/feature'
import { grantRole } from '../../server/people/grants'
import { newCode } from '../../server/reservations/code'
import { reserve } from '../../server/reservations/reserve'
import { addDays, shanghaiDate, shanghaiInstant } from '../../server/time/shanghai'
import { demoUserId } from '../user/seed'
import { writePositions } from './domain/present'
import { generateFairs, makeFair, weekdayOf } from './domain/schedule'

// 1860青年公社's 零工市场 (004_…txt: 「在1860青年公社设立嵌入式零工市场，每周开设专场招聘会，打通企业用工与
// 灵活就业双向匹配通道」), in the demo community so the demo 社工, liaison and worker meet it. The texts
// give the weekly fair and nothing else: its day (Wednesday), hours, booths, places, the positions,
// pay, the people and every result below are examples (示例). Dated from the seed's clock: a fair held
// last Wednesday with its results, the coming Wednesdays made by the series.
const TITLE = '1860青年公社零工市场每周专场招聘会'
const PLACE = '1860青年公社一楼零工市场（示例场地）'

const POSITIONS = {
  packer: {
    title: '包装工（示例）',
    headcount: 6,
    payLow: 180,
    payHigh: 220,
    payUnit: 'day',
    requirements: '能适应站立作业，日结',
  },
  forklift: {
    title: '叉车工（示例）',
    headcount: 2,
    payLow: 6500,
    payHigh: 7500,
    payUnit: 'month',
    requirements: '持叉车证（N1）',
  },
  assembler: {
    title: '装配普工（示例）',
    headcount: 10,
    payLow: 24,
    payHigh: 28,
    payUnit: 'hour',
    requirements: '两班倒，包工作餐',
  },
  electrician: {
    title: '设备电工（示例）',
    headcount: 1,
    payLow: 7000,
    payHigh: 8500,
    payUnit: 'month',
    requirements: '持低压电工证',
  },
  sorter: {
    title: '分拣员（示例）',
    headcount: 8,
    payLow: 1,
    payHigh: 1,
    payUnit: 'piece',
    requirements: '按件计酬，每件 1 元（示例）',
  },
} as const

const SEEKERS = [
  ['求职者 黄磊（示例）', '13812345801'],
  ['求职者 何静（示例）', '13812345802'],
  ['求职者 罗军（示例）', '13812345803'],
  ['求职者 郑婷（示例）', '13812345804'],
  ['求职者 谢波（示例）', '13812345805'],
  ['求职者 唐丽（示例）', '13812345806'],
] as const

/** An example person's account (no sign-in of its own) holding a role. */
async function examplePerson(
  ctx: SeedCtx,
  role: 'worker' | 'enterprise',
  name: string,
  phone: string,
  enterpriseId?: number,
) {
  const found = await ctx.db
    .selectFrom('users')
    .select('id')
    .where('phone', '=', phone)
    .where('role', '=', role)
    .executeTakeFirst()
  if (found) return found.id
  const { id } = await ctx.db
    .insertInto('users')
    .values({ role, display_name: name, phone, onboarded_at: ctx.now })
    .returning('id')
    .executeTakeFirstOrThrow()
  await grantRole(ctx, { userId: id, role, enterpriseId: enterpriseId ?? null }, null)
  return id
}

export async function seedFairs(ctx: SeedCtx): Promise<Record<string, number>> {
  const { db, now } = ctx
  const shegong = await demoUserId(db, 'social_worker')
  if (!shegong) return { fairs: 0 }
  const { community_id: communityId } = await db
    .selectFrom('users')
    .select('community_id')
    .where('id', '=', shegong)
    .executeTakeFirstOrThrow()
  if (!communityId) return { fairs: 0 }
  if (
    await db
      .selectFrom('fair_series')
      .select('id')
      .where('title', '=', TITLE)
      .where('community_id', '=', communityId)
      .executeTakeFirst()
  )
    return { fairs: 0 }

  // Last Wednesday (strictly before today) and the weekly series from it.
  const today = shanghaiDate(now)
  const back = (weekdayOf(today) - 3 + 7) % 7 || 7
  const lastWed = addDays(today, -back)
  const series = await db
    .insertInto('fair_series')
    .values({
      community_id: communityId,
      title: TITLE,
      place: PLACE,
      repeat: 'weekly',
      first_date: lastWed,
      start_min: 14 * 60,
      end_min: 17 * 60,
      booths: 20,
      capacity: 200,
      weeks: 8,
      created_by: shegong,
      created_at: new Date(shanghaiInstant(lastWed).getTime() - 14 * 86_400_000),
    })
    .returning([
      'id',
      'community_id',
      'title',
      'place',
      'repeat',
      'first_date',
      'start_min',
      'end_min',
      'booths',
      'capacity',
      'weeks',
      'created_by',
    ])
    .executeTakeFirstOrThrow()
  const pastId = await makeFair(ctx, series, lastWed)
  const coming = await generateFairs(ctx, series.id)

  const enterprises = await db
    .selectFrom('enterprises')
    .select(['id', 'name'])
    .where('community_id', '=', communityId)
    .orderBy('id')
    .limit(3)
    .execute()
  const demoLiaison = await demoUserId(db, 'enterprise')
  const liaisons: number[] = []
  for (const [i, e] of enterprises.entries()) {
    liaisons.push(
      i === 0 && demoLiaison
        ? demoLiaison
        : await examplePerson(
            ctx,
            'enterprise',
            `企业联络员 ${e.name.slice(2, 4)}（示例）`,
            `138123458${String(10 + i)}`,
            e.id,
          ),
    )
  }
  const fairOf = (id: number) => db.selectFrom('fairs').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
  const book = async (fairId: number, i: number, positions: (keyof typeof POSITIONS)[]) => {
    const fair = await fairOf(fairId)
    const r = await reserve(ctx, {
      slotId: fair.booth_slot_id,
      userId: liaisons[i],
      holdKey: `fair:${fairId}:booth:${enterprises[i].id}`,
      seats: 1,
      waitlist: false,
      details: { enterpriseId: enterprises[i].id },
    })
    if (r.status !== 'confirmed') throw new Error(`seed booth: ${r.status}`)
    const b = await db
      .insertInto('fair_booths')
      .values({
        fair_id: fairId,
        enterprise_id: enterprises[i].id,
        reservation_id: r.id,
        booked_by: liaisons[i],
        code: newCode(),
        created_at: new Date(new Date(fair.starts_at).getTime() - 5 * 86_400_000),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await writePositions(
      db,
      b.id,
      positions.map((p) => POSITIONS[p]),
    )
    return b.id
  }
  const register = async (fairId: number, userId: number) => {
    const fair = await fairOf(fairId)
    const r = await reserve(ctx, {
      slotId: fair.entry_slot_id,
      userId,
      holdKey: `fair:${fairId}:entry`,
      seats: 1,
      waitlist: false,
    })
    if (r.status !== 'confirmed') throw new Error(`seed registration: ${r.status}`)
    return r.id
  }

  // Last week's fair: two booths, six seekers registered, five checked in, 投递, 达成意向 and a hire.
  const past = await fairOf(pastId)
  const pastStart = new Date(past.starts_at).getTime()
  const pastBooths =
    enterprises.length >= 2
      ? [await book(pastId, 0, ['assembler', 'electrician']), await book(pastId, 1, ['packer', 'forklift'])]
      : []
  const seekers: number[] = []
  for (const [name, phone] of SEEKERS) seekers.push(await examplePerson(ctx, 'worker', name, phone))
  let applications = 0
  for (const [i, seeker] of seekers.entries()) {
    const reg = await register(pastId, seeker)
    if (i === 5) continue // registered, did not come (示例)
    await db
      .updateTable('reservations')
      .set({ status: 'redeemed', redeemed_at: new Date(pastStart + (10 + i * 7) * 60_000), redeemed_by: shegong })
      .where('id', '=', reg)
      .execute()
    for (const [j, boothId] of pastBooths.entries()) {
      if ((i + j) % 2 === 1 && i !== 0) continue
      const applied = new Date(pastStart + (30 + i * 9 + j * 4) * 60_000)
      const intent = i < 3 && j === i % 2
      const hired = i === 0 && j === 0
      await db
        .insertInto('fair_applications')
        .values({
          fair_id: pastId,
          booth_id: boothId,
          registration_id: reg,
          seeker_id: seeker,
          applied_at: applied,
          intent_at: intent ? new Date(applied.getTime() + 20 * 60_000) : null,
          intent_by: intent ? liaisons[j] : null,
          hired_at: hired && pastStart + 3 * 86_400_000 < now.getTime() ? new Date(pastStart + 3 * 86_400_000) : null,
          hired_by: hired ? liaisons[j] : null,
        })
        .execute()
      applications++
    }
  }
  // The next fair: two example enterprises have booked (the demo liaison's enterprise may still book),
  // the demo worker and two example seekers have registered.
  const next = coming[0]
  if (next && enterprises.length >= 3) {
    await book(next, 1, ['packer', 'forklift'])
    await book(next, 2, ['sorter'])
  }
  const worker = await demoUserId(db, 'worker')
  if (next && worker) await register(next, worker)
  if (next) for (const s of seekers.slice(0, 2)) await register(next, s)
  return { fairs: coming.length + 1, fairBooths: pastBooths.length + 2, fairApplications: applications }
}
