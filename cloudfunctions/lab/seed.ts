import { sql } from 'kysely'
import type { SeedCtx } from '../../server/core/feature'
import { creditCodeCheckChar } from '../../server/people/credit-code'
import { grantRole } from '../../server/people/grants'
import { reserve } from '../../server/reservations/reserve'
import { addDays, shanghaiDate } from '../../server/time/shanghai'
import { addWorkingDays, workingDaysFrom } from '../../server/time/working-days'
import { demoUserId } from '../user/seed'
import { searchColumns, writeItem } from './domain/catalogue'
import { dropoffSlot } from './domain/dropoff'
import { recountStats } from './domain/stats'
import { CATALOGUE } from './seed-catalogue'

// 澄潭's 共享实验室 (004_…txt): 「平台提供20大类、上百项质检服务，检测费用较市场价降低40%以上」 and
// 「2025年为200余家企业完成3200批次低成本检测」. The catalogue is 示例 (seed-catalogue.ts); the 2025
// history reproduces the two figures — 3,200 reported batches for 210 enterprises — with example
// (示例) enterprises, items, samples and dates, generated in SQL so seeding stays fast. The daily
// intake capacity, address, phone and the demo staff member are 示例 too. A few live orders of the
// demo liaison's enterprise show the pages (one overdue).

export const LAB_CODE = 'XC-CHENGTAN-LAB'
const HISTORY_BATCHES = 3200
const HISTORY_ENTERPRISES = 210

export async function seedLab(ctx: SeedCtx) {
  const { db, now } = ctx
  const community =
    (await db.selectFrom('communities').select('id').where('code', '=', 'XC-CHENGTAN').executeTakeFirst()) ??
    (await db.selectFrom('communities').select('id').orderBy('id').executeTakeFirstOrThrow())
  await db
    .insertInto('labs')
    .values({
      code: LAB_CODE,
      community_id: community.id,
      name: '澄潭共享实验室',
      address: '新昌县澄潭街道智能装备产业社区（示例地址）',
      phone: '0575-86000027（示例）',
      intro:
        '产业社区对接国家中小型轴承质量检测中心，联合市场监管、科技部门打造的非营利共享实验室：20 大类、上百项质检服务，检测费用较市场价降低 40% 以上。',
      daily_capacity: 40,
      created_at: now,
    })
    .onConflict((oc) => oc.column('code').doNothing())
    .execute()
  const lab = await db
    .selectFrom('labs')
    .select(['id', 'daily_capacity', 'name'])
    .where('code', '=', LAB_CODE)
    .executeTakeFirstOrThrow()
  const haveItems = await db.selectFrom('lab_items').select('id').where('lab_id', '=', lab.id).executeTakeFirst()
  if (!haveItems) {
    for (const [c, [category, items]] of CATALOGUE.entries()) {
      for (const [i, [name, standard, sampleRequirements, turnaroundDays, market]] of items.entries()) {
        const edit = {
          code: `T${String(c + 1).padStart(2, '0')}${i + 1}`,
          name,
          category,
          standard,
          sampleRequirements,
          turnaroundDays,
          marketPriceCents: market * 100,
          labPriceCents: Math.round(market * 58),
        }
        await writeItem(ctx, lab.id, edit, await searchColumns(edit))
      }
    }
  }

  // The demo lab staff member (signs in by demo sign-in), granted the role scoped to the lab.
  let staffId = await demoUserId(db, 'lab_staff')
  if (!staffId) {
    staffId = (
      await db
        .insertInto('users')
        .values({
          role: 'lab_staff',
          display_name: '实验室检测员 郑工（示例）',
          phone: '13812345612',
          username: 'demo_lab',
          community_id: community.id,
          demo: true,
          onboarded_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id
  }
  await grantRole(ctx, { userId: staffId, role: 'lab_staff', labId: lab.id }, null)

  const hasHistory = await db.selectFrom('lab_orders').select('id').where('lab_id', '=', lab.id).executeTakeFirst()
  if (!hasHistory) {
    await seedHistory(ctx, lab.id, community.id)
    await seedLiveOrders(ctx, lab)
  }
  await recountStats(ctx, lab.id)
  const { n } = await db
    .selectFrom('lab_orders')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('lab_id', '=', lab.id)
    .executeTakeFirstOrThrow()
  return { labItems: CATALOGUE.length * 5, labOrders: Number(n) }
}

/** 3,200 batches reported in 2025 for 210 示例 enterprises of the community, in three statements. */
async function seedHistory({ db }: SeedCtx, labId: number, communityId: number) {
  // Valid 统一社会信用代码 (their check characters computed), so the admin's import takes them back.
  const codes = Array.from({ length: HISTORY_ENTERPRISES }, (_, i) => {
    const first17 = `91330624LAB${String(i + 1).padStart(6, '0')}`
    return first17 + creditCodeCheckChar(first17)
  })
  await sql`insert into enterprises (name, credit_code, community_id, industry, created_at)
    select '澄潭检测客户' || lpad(n::text, 3, '0') || '（示例）', (${codes}::text[])[n],
           ${communityId}, '精密轴承', timestamptz '2024-12-01 09:00:00+08'
    from generate_series(1, ${HISTORY_ENTERPRISES}) n
    on conflict (credit_code) do nothing`.execute(db)
  // Order n: enterprise (n·37 mod 210) — every one of them —, item (n·31 mod items), 1–3 samples,
  // ordered on day (n·7919 mod 355) of 2025, dropped off the next day, reported 8 days later.
  await sql`with e as (
      select id, row_number() over (order by id) - 1 as k from enterprises where credit_code like '91330624LAB%'),
    i as (
      select id, market_price_cents, lab_price_cents, row_number() over (order by id) - 1 as k,
             count(*) over () as total from lab_items where lab_id = ${labId}),
    o as (
      select n, timestamptz '2025-01-02 09:30:00+08' + ((n * 7919) % 355) * interval '1 day' as at,
             1 + n % 3 as samples, (n * 37) % ${HISTORY_ENTERPRISES} as ek, n * 31 as ik
      from generate_series(1, ${HISTORY_BATCHES}) n)
    insert into lab_orders (code, lab_id, enterprise_id, status, dropoff_date, due_date, samples, market_cents,
                            lab_cents, created_at, received_at, testing_at, reported_at)
    select 'H25' || lpad(o.n::text, 5, '0'), ${labId}, e.id, 'reported',
           to_char((o.at + interval '1 day') at time zone 'Asia/Shanghai', 'YYYY-MM-DD'),
           to_char((o.at + interval '9 days') at time zone 'Asia/Shanghai', 'YYYY-MM-DD'),
           o.samples, o.samples * i.market_price_cents, o.samples * i.lab_price_cents,
           o.at, o.at + interval '1 day', o.at + interval '2 days', o.at + interval '8 days'
    from o join e on e.k = o.ek join i on i.k = o.ik % i.total`.execute(db)
  await sql`with i as (
      select id, category_id, name, market_price_cents, lab_price_cents,
             row_number() over (order by id) - 1 as k, count(*) over () as total
      from lab_items where lab_id = ${labId})
    insert into lab_order_lines (order_id, item_id, category_id, item_name, samples, market_price_cents, lab_price_cents)
    select o.id, i.id, i.category_id, i.name, o.samples, i.market_price_cents, i.lab_price_cents
    from lab_orders o join i on i.k = (substr(o.code, 4)::int * 31) % i.total
    where o.lab_id = ${labId} and o.code like 'H25%'`.execute(db)
}

/** The demo liaison's enterprise: one order to bring (a drop-off place held), one received, one overdue in testing. */
async function seedLiveOrders(ctx: SeedCtx, lab: { id: number; daily_capacity: number; name: string }) {
  const { db, now } = ctx
  const liaison = await demoUserId(db, 'enterprise')
  if (!liaison) return
  const grant = await db
    .selectFrom('user_roles')
    .select('enterprise_id')
    .where('user_id', '=', liaison)
    .where('role', '=', 'enterprise')
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  if (!grant?.enterprise_id) return
  const items = await db
    .selectFrom('lab_items')
    .select(['id', 'name', 'category_id', 'market_price_cents', 'lab_price_cents', 'turnaround_days'])
    .where('lab_id', '=', lab.id)
    .where('code', 'in', ['T011', 'T021', 'T071'])
    .orderBy('code')
    .execute()
  const today = shanghaiDate(now)
  const next = workingDaysFrom(addDays(today, 1), 1)[0]
  const plans = [
    { status: 'booked' as const, dropoff: next, item: items[0], samples: 3 },
    { status: 'received' as const, dropoff: today, item: items[1], samples: 5 },
    { status: 'testing' as const, dropoff: addDays(today, -12), item: items[2], samples: 2 },
  ]
  for (const p of plans) {
    if (!p.item) continue
    let code = `D${p.status.slice(0, 3).toUpperCase()}${lab.id}`
    let reservationId: number | null = null
    if (p.status === 'booked') {
      const slotId = await dropoffSlot(ctx, lab, p.dropoff)
      const r = await reserve(ctx, {
        slotId,
        userId: liaison,
        holdKey: `lab:${lab.id}:demo`,
        seats: 1,
        waitlist: false,
        details: { lab: lab.name, enterpriseId: grant.enterprise_id, dropoffDate: p.dropoff },
        priceCents: p.samples * p.item.lab_price_cents,
      })
      if (r.status !== 'confirmed') continue
      code = r.code
      reservationId = r.id
    }
    const o = await db
      .insertInto('lab_orders')
      .values({
        code,
        lab_id: lab.id,
        enterprise_id: grant.enterprise_id,
        user_id: liaison,
        status: p.status,
        dropoff_date: p.dropoff,
        due_date: addWorkingDays(p.dropoff, p.item.turnaround_days),
        reservation_id: reservationId,
        samples: p.samples,
        market_cents: p.samples * p.item.market_price_cents,
        lab_cents: p.samples * p.item.lab_price_cents,
        created_at: now,
        received_at: p.status === 'booked' ? null : now,
        testing_at: p.status === 'testing' ? now : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await db
      .insertInto('lab_order_lines')
      .values({
        order_id: o.id,
        item_id: p.item.id,
        category_id: p.item.category_id,
        item_name: p.item.name,
        samples: p.samples,
        market_price_cents: p.item.market_price_cents,
        lab_price_cents: p.item.lab_price_cents,
      })
      .execute()
  }
}
