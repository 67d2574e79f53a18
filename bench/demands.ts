// npm run bench -- demands
// 100,000 demands with their histories (timeline events, dispatches) across 13 communities and
// 10,000 resources of 社区所能, generated in SQL (seeded random, so every run has the same data).
// Measured through the demands function's real main:
// - a community's dashboard (stats for a year: by month, grid, department, category): p50, p99;
// - the overdue sweep (the timer) over all open demands, a share of them past their deadline;
// - suggested matches for one demand against the 10,000 resources: p50;
// - duplicate suggestions on the labelled set tests/fixtures/demand-duplicates.ts (130 demands,
//   107 judged pairs) with the matching engine: precision and recall of the top 3 suggested.
// - 走访覆盖 (visit coverage) of one community with 10,000 enterprises and 100,000 visits: p50
//   (visit_coverage_ms) and p99, the whole community and one grid in turn.
// Last line: {"demands", "dashboard_p50_ms", "dashboard_p99_ms", "overdue_sweep_ms", "match_p50_ms", "visit_coverage_ms",
// "duplicate_precision_at_3", "duplicate_recall_at_3", "db", …}.
import { loadavg } from 'node:os'
import { sql } from 'kysely'
import { DEMAND_CATEGORIES, RESOURCE_KINDS } from '../contract/demands'
import { main as demands } from '../cloudfunctions/demands/index'
import { exampleCreditCode } from '../cloudfunctions/community/seed-accounts'
import { createSession } from '../server/auth/sessions'
import { seedDemo } from '../server/core/seed'
import { SEEDS } from '../cloudfunctions/seeds'
import { bigrams } from '../server/text/bigrams'
import { shanghaiDate } from '../server/time/shanghai'
import { duplicateQuality } from '../tests/fixtures/demand-duplicates-measure'
import { openBenchDatabase } from './_db'
import { ms, percentile, round } from './_util'

const DEMANDS = Number(process.env.BENCH_DEMANDS ?? 100_000)
const RESOURCES = Number(process.env.BENCH_RESOURCES ?? 10_000)
const COMMUNITIES = 13
const VISIT_ENTERPRISES = Number(process.env.BENCH_VISIT_ENTERPRISES ?? 10_000)
const VISITS = Number(process.env.BENCH_VISITS ?? 100_000)
const RUNS = 60

const TITLES = [
  '急招数控操作工 20 名',
  '节后普工返岗用工缺口',
  '技改项目流动资金贷款对接',
  '新建厂房施工许可办理',
  '压铸模具表面强化技术难题',
  '轴承检测精度问题求助',
  '“专精特新”奖励资金兑现',
  '研发费用加计扣除政策咨询',
  '扩产用地指标申请',
  '新增喷涂线环评审批',
  '数控机床设备更新补贴申请',
  '引进模具设计高级工程师',
  '厂区门口公交站点设置',
  '园区道路照明不足',
  '夜班职工通勤班车',
  '一体化压铸件变形攻关',
]
const RESOURCE_TITLES = [
  '企业会议室开放',
  '职工篮球场',
  '共享单车停放点',
  '水电维修志愿队',
  '免费专利清单',
  '数控技能培训班',
  '零工市场专场招聘会',
  '共享实验室轴承检测',
  '红链贷融资对接',
  '暑期托管班',
  '职工义诊体检',
  '模具设计培训',
]

async function main() {
  const duplicates = duplicateQuality()
  console.log(
    `duplicate suggestions: precision@3 ${round(duplicates.precision, 3)}, recall@3 ${round(duplicates.recall, 3)} (${duplicates.shownJudged} judged pairs suggested)`,
  )
  const bench = await openBenchDatabase({ poolSize: 8 })
  const { db, runtime } = bench
  process.env.LIANSHE_DEMO = '1'
  const t0 = process.hrtime.bigint()
  await seedDemo(runtime, SEEDS)

  // 13 communities: the seeded ones and generated ones, each with grids and enterprises.
  const have = await db.selectFrom('communities').select('id').execute()
  for (let i = have.length; i < COMMUNITIES; i++) {
    await db
      .insertInto('communities')
      .values({
        code: `BENCH-${i}`,
        name: `压测工业社区${i}`,
        district: '宁波市北仑区',
        street: '大碶街道',
        lng: 121.8,
        lat: 29.9,
      })
      .execute()
  }
  const communities = (await db.selectFrom('communities').select('id').orderBy('id').execute()).map((c) => c.id)
  for (const c of communities) {
    for (const n of ['压测一网格', '压测二网格', '压测三网格'])
      await db
        .insertInto('grids')
        .values({ community_id: c, name: n })
        .onConflict((oc) => oc.doNothing())
        .execute()
  }
  const grids = await db.selectFrom('grids').select(['id', 'community_id']).execute()
  const firms = communities.flatMap((c, ci) =>
    Array.from({ length: 50 }, (_, i) => {
      const g = grids.filter((x) => x.community_id === c)
      return {
        name: `压测企业${ci}-${i}（示例）`,
        credit_code: exampleCreditCode(`91330206MC${String(ci * 100 + i).padStart(6, '0')}`),
        community_id: c,
        grid_id: g[i % g.length].id,
      }
    }),
  )
  await db
    .insertInto('enterprises')
    .values(firms)
    .onConflict((oc) => oc.doNothing())
    .execute()

  // Lookup tables for the generator: titles with their bigrams, categories, bureaus.
  await sql`create temporary table bench_titles (i int primary key, title text, terms text[])`.execute(db)
  await db
    .insertInto('bench_titles' as never)
    .values(TITLES.map((t, i) => ({ i, title: t, terms: bigrams(t) })) as never)
    .execute()
  await sql`create temporary table bench_resource_titles (i int primary key, title text, terms text[])`.execute(db)
  await db
    .insertInto('bench_resource_titles' as never)
    .values(RESOURCE_TITLES.map((t, i) => ({ i, title: t, terms: bigrams(t) })) as never)
    .execute()
  await sql`create temporary table bench_firms as
    select (row_number() over (order by id) - 1)::int as i, id, community_id, grid_id
    from enterprises where name like '压测企业%'`.execute(db)
  const categories = sql.val(Object.keys(DEMAND_CATEGORIES))
  const kinds = sql.val(Object.keys(RESOURCE_KINDS))
  const bureaus = (await db.selectFrom('departments').select('id').where('kind', '=', 'bureau').execute()).map(
    (d) => d.id,
  )
  const have0 = Number((await sql<{ n: number }>`select count(*)::int as n from demands`.execute(db)).rows[0].n)
  const toMake = Math.max(0, DEMANDS - have0)
  const now = new Date()
  const t1 = process.hrtime.bigint()

  // Bulk load with the statistics trigger off, then one recount (demand_stats_rebuild).
  await sql`alter table demands disable trigger demand_stats_keep`.execute(db)
  // Demands: 2024-01 … now; 94% closed, the rest open in every state; a third of the open ones overdue.
  await sql`select setseed(0.42)`.execute(db)
  await sql`
    insert into demands (community_id, grid_id, enterprise_id, filed_by, category, urgency, title, description,
      contact_name, contact_phone, status, holder_department_id, solved_by, result, filed_at, due_at, remind_at,
      closure_proposed_at, closed_at, on_time, rating, rated_at, reopen_count, terms, updated_at)
    select e.community_id, e.grid_id, e.id, null, (${categories}::text[])[1 + (g % 10)],
      case when r1 < 0.15 then 'urgent' else 'normal' end, t.title, t.title || '，请社区协调解决。',
      '联络员', '13800000000', s.status,
      case when s.status in ('accepted','closure_proposed','closed') and r1 > 0.15
        then (${sql.val(bureaus)}::int[])[1 + (g % ${bureaus.length})] end,
      case when s.status in ('accepted','closure_proposed','closed') then case when r1 > 0.15 then 'department' else 'community' end end,
      case when s.status in ('closure_proposed','closed') then '已协调解决' end,
      f.filed_at,
      case when s.status = 'closed' then f.filed_at + interval '14 days'
           else ${now}::timestamptz + (r2 * 20 - 7) * interval '1 day' end,
      null,
      case when s.status in ('closure_proposed','closed') then f.filed_at + (1 + r2 * 19) * interval '1 day' end,
      case when s.status = 'closed' then f.filed_at + (1.2 + r2 * 19) * interval '1 day' end,
      case when s.status in ('closure_proposed','closed') then r2 < 0.7 end,
      case when s.status = 'closed' and r1 < 0.8 then 3 + floor(r1 * 2.99)::int end,
      case when s.status = 'closed' and r1 < 0.8 then f.filed_at + (1.3 + r2 * 19) * interval '1 day' end,
      case when s.status = 'closed' and r3 < 0.04 then 1 else 0 end,
      t.terms, f.filed_at
    from (select g, random() as r1, random() as r2, random() as r3, random() as r4 from generate_series(1, ${toMake}) g) x
    join bench_firms e on e.i = (x.g * 7919) % ${firms.length}
    join bench_titles t on t.i = x.g % ${TITLES.length}
    cross join lateral (select case
      when r4 < 0.94 then 'closed' when r4 < 0.965 then 'accepted' when r4 < 0.98 then 'dispatched'
      when r4 < 0.99 then 'filed' when r4 < 0.995 then 'info_requested' else 'closure_proposed' end as status) s
    cross join lateral (select case when s.status = 'closed'
      then timestamptz '2024-01-01 00:00+08' + r3 * (${now}::timestamptz - interval '21 days' - timestamptz '2024-01-01 00:00+08')
      else ${now}::timestamptz - r3 * interval '20 days' end as filed_at) f`.execute(db)
  // Paused ones keep their working time; their deadline does not run.
  await sql`update demands set paused_at = filed_at, paused_from = 'filed', sla_left_minutes = 2400
    where status = 'info_requested' and paused_at is null`.execute(db)
  // Histories: a dispatch per department-handled demand, and 5–8 timeline events each.
  await sql`insert into demand_assignments (demand_id, department_id, status, lead, deadline, dispatched_at)
    select d.id, coalesce(d.holder_department_id, ${bureaus[0]}),
      case when d.status = 'dispatched' then 'pending' else 'accepted' end, true, d.due_at, d.filed_at + interval '2 hours'
    from demands d where (d.solved_by = 'department' or d.status = 'dispatched')
      and not exists (select 1 from demand_assignments a where a.demand_id = d.id)`.execute(db)
  await sql`insert into demand_events (demand_id, at, actor_label, kind, note, holder_label, due_at)
    select d.id, d.filed_at + k.n * interval '1 hour', '压测', k.kind, '', '', d.due_at
    from demands d
    cross join lateral (values (0, 'filed'), (2, 'dispatched'), (4, 'accepted'), (30, 'progress'), (60, 'closure_proposed'),
      (70, 'closed'), (71, 'rated')) as k(n, kind)
    where not exists (select 1 from demand_events e where e.demand_id = d.id)
      and (d.status = 'closed' or k.n <= case d.status when 'filed' then 0 when 'dispatched' then 2 else 30 end)
      and (k.kind <> 'rated' or d.rating is not null)`.execute(db)
  // 社区所能: 10,000 resources over the 13 communities (a few district-wide).
  await sql`insert into demand_resources (community_id, kind, title, description, provider, place, capacity, terms, created_at)
    select case when g % 50 = 0 then null else (${sql.val(communities)}::int[])[1 + g % ${communities.length}] end,
      (${kinds}::text[])[1 + g % 12], t.title || ' ' || g, t.title, '压测提供方', '园区', 10 + g % 90, t.terms, ${now}
    from generate_series(1, ${RESOURCES}) g join bench_resource_titles t on t.i = (g * 7) % ${RESOURCE_TITLES.length}`.execute(
    db,
  )
  await sql`alter table demands enable trigger demand_stats_keep`.execute(db)
  await sql`select demand_stats_rebuild()`.execute(db)
  await sql`analyze`.execute(db)
  const generated = ms(t1)
  const total = Number((await sql<{ n: number }>`select count(*)::int as n from demands`.execute(db)).rows[0].n)
  const events = Number((await sql<{ n: number }>`select count(*)::int as n from demand_events`.execute(db)).rows[0].n)
  const resources = Number(
    (await sql<{ n: number }>`select count(*)::int as n from demand_resources`.execute(db)).rows[0].n,
  )
  const open = Number(
    (
      await sql<{
        n: number
      }>`select count(*)::int as n from demands where status in ('filed','dispatched','accepted')`.execute(db)
    ).rows[0].n,
  )
  const overdueBefore = Number(
    (
      await sql<{ n: number }>`select count(*)::int as n from demands
        where status in ('filed','dispatched','accepted') and escalated_at is null and due_at <= ${now}`.execute(db)
    ).rows[0].n,
  )

  const admin = await db
    .selectFrom('users')
    .select('id')
    .where('demo', '=', true)
    .where('role', '=', 'admin')
    .executeTakeFirstOrThrow()
  const token = await db.transaction().execute(async (trx) => (await createSession(trx, admin.id, 'demo', now)).token)
  const as = { lianshe: { sessionToken: token, runtime } }
  const call = async (action: string, input: unknown) => {
    const r = (await demands({ action, input }, as)) as { ok: boolean; message?: string }
    if (!r.ok) throw new Error(`${action}: ${r.message}`)
    return r
  }

  // Dashboard: each community in turn, this year and last year.
  const year = Number(now.toISOString().slice(0, 4))
  await call('stats', { communityId: communities[0], year })
  const dashboard: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint()
    await call('stats', { communityId: communities[i % communities.length], year: year - (i % 2) })
    dashboard.push(ms(t))
  }

  // Matches for open demands against the 10,000 resources.
  const sample = await db
    .selectFrom('demands')
    .select('id')
    .where('status', 'in', ['filed', 'dispatched', 'accepted'])
    .orderBy('id')
    .limit(RUNS)
    .execute()
  await call('matches', { demandId: sample[0].id })
  const match: number[] = []
  let suggested = 0
  for (const d of sample) {
    const t = process.hrtime.bigint()
    const r = (await call('matches', { demandId: d.id })) as { data?: { items: unknown[] } }
    match.push(ms(t))
    suggested += r.data?.items.length ?? 0
  }

  // The overdue sweep, once, through the timer entry as WeChat (or the gateway) fires it.
  const ts = process.hrtime.bigint()
  const swept = (await demands(
    { Type: 'Timer', TriggerName: 'sweep', Time: now.toISOString() },
    { lianshe: { trigger: true, runtime } },
  )) as { ok: boolean; data?: { result?: { escalated: number; reminded: number } } }
  const sweepMs = ms(ts)
  if (!swept.ok) throw new Error('sweep failed')

  // 走访覆盖: one community with 10,000 enterprises in 5 grids and 100,000 visits over the last
  // 400 days (a tenth of the enterprises never visited), generated in SQL; the coverage page
  // (figures per grid + the first page, longest unvisited first), the whole community and each grid.
  const tv = process.hrtime.bigint()
  const vc = await db
    .insertInto('communities')
    .values({
      code: 'BENCH-VISITS',
      name: '压测走访社区',
      district: '宁波市北仑区',
      street: '大碶街道',
      lng: 121.8,
      lat: 29.9,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  for (let g = 1; g <= 5; g++)
    await db
      .insertInto('grids')
      .values({ community_id: vc.id, name: `走访${g}网格` })
      .execute()
  await sql`insert into enterprises (name, credit_code, community_id, grid_id, verified_at)
    select '走访压测企业' || i || '（示例）', 'BENCHV' || lpad(i::text, 12, '0'), ${vc.id},
      (select id from grids where community_id = ${vc.id} order by id offset (i % 5) limit 1), ${now}
    from generate_series(1, ${VISIT_ENTERPRISES}) as i`.execute(db)
  // The generated enterprises' ids are consecutive (one insert): a visit picks one by offset.
  const firstFirm = Number(
    (await sql<{ id: number }>`select min(id)::int as id from enterprises where community_id = ${vc.id}`.execute(db))
      .rows[0].id,
  )
  const today = shanghaiDate(now)
  await sql`select setseed(0.28)`.execute(db)
  await sql`insert into visits (community_id, grid_id, enterprise_id, status, planned_on, visited_on, met, findings, created_at, recorded_at)
    select ${vc.id}, e.grid_id, e.id,
      case when r.k < 0.03 then 'planned' else 'done' end,
      case when r.k < 0.03 then ${today}::date + (r.k * 1000)::int % 20 end,
      case when r.k >= 0.03 then ${today}::date - (r.k * 400)::int end,
      '企业负责人（示例）', '例行走访（示例）', ${now}, case when r.k >= 0.03 then ${now}::timestamptz end
    from (select i, random() as k, 1 + floor(random() * ${Math.floor(VISIT_ENTERPRISES * 0.9)})::int as n
          from generate_series(1, ${VISITS}) as i) as r
    join enterprises e on e.id = ${firstFirm} + r.n - 1`.execute(db)
  // As a server's autovacuum would after a bulk load (and a nightly VACUUM on PGlite): statistics
  // and the visibility map, so the coverage's scans of enterprises and visit_last are index-only.
  await sql`vacuum analyze enterprises`.execute(db)
  await sql`vacuum analyze visits`.execute(db)
  await sql`vacuum analyze visit_last`.execute(db)
  const visitsMade = Number((await sql<{ n: number }>`select count(*)::int as n from visits`.execute(db)).rows[0].n)
  const visitsGenerated = ms(tv)
  const visitGrids = (await db.selectFrom('grids').select('id').where('community_id', '=', vc.id).execute()).map(
    (g) => g.id,
  )
  await call('coverage', { communityId: vc.id })
  const coverage: number[] = []
  let firstOverdue = false
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint()
    const gridId = i % 6 === 0 ? undefined : visitGrids[i % visitGrids.length]
    const r = (await call('coverage', { communityId: vc.id, ...(gridId ? { gridId } : {}) })) as {
      data?: { items: { overdue: boolean }[]; total: { enterprises: number } }
    }
    coverage.push(ms(t))
    firstOverdue = r.data?.items[0]?.overdue ?? false
  }

  const result = {
    demands: total,
    events,
    resources,
    communities: communities.length,
    open_running: open,
    overdue_escalated: swept.data?.result?.escalated ?? 0,
    overdue_expected: overdueBefore,
    dashboard_p50_ms: round(percentile(dashboard, 50)),
    dashboard_p99_ms: round(percentile(dashboard, 99)),
    overdue_sweep_ms: round(sweepMs),
    match_p50_ms: round(percentile(match, 50)),
    visit_coverage_ms: round(percentile(coverage, 50)),
    visit_coverage_p99_ms: round(percentile(coverage, 99)),
    visit_enterprises: VISIT_ENTERPRISES,
    visits: visitsMade,
    visit_first_overdue: firstOverdue,
    visit_generate_s: round(visitsGenerated / 1000, 1),
    load_avg: round(loadavg()[0], 1),
    match_avg_suggestions: round(suggested / sample.length, 1),
    duplicate_precision_at_3: round(duplicates.precision, 3),
    duplicate_recall_at_3: round(duplicates.recall, 3),
    generate_s: round(generated / 1000, 1),
    total_s: round(ms(t0) / 1000, 1),
    db: bench.label,
  }
  await db.destroy()
  // BENCH_KEEP=1 keeps a server's scratch database for a closer look (EXPLAIN) afterwards.
  if (!process.env.BENCH_KEEP) await bench.drop()
  else console.error('kept', bench.open.url)
  console.log(JSON.stringify(result))
  if (process.env.BENCH_KEEP) process.exit(0)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
